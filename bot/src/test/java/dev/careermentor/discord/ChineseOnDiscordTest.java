package dev.careermentor.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.TestBot;
import dev.careermentor.core.Mentor;
import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeUser;
import dev.careermentor.discord.fake.Interaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Discord in Chinese: /mentor, its subcommands and options registered with zh-CN names and descriptions
 * within Discord's rules, and an interaction from an app that runs in Chinese answered in Chinese with the
 * same figures.
 */
class ChineseOnDiscordTest {
    private static final Pattern NAME = Pattern.compile("^[-_\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$");
    private static final Pattern MONEY = Pattern.compile("\\$\\d[\\d.,]*[KM]?\\+?(–\\$\\d[\\d.,]*[KM]?\\+?)?");

    private final Mentor mentor = TestBot.real().mentor();
    /** Serving's name in the knowledge's Chinese face: what a Chinese answer about serving shows. */
    private final String servingZh = mentor.knowledge()
            .in(Lang.ZH)
            .specializations()
            .require("inference-serving")
            .name();

    @Test
    void everyNameAndDescriptionIsRegisteredInChineseWithinDiscordsRules() throws Exception {
        try (Harness h = Harness.start(mentor)) {
            JsonNode registered = h.discord.rest().commands(h.discord.guildId);
            JsonNode root = registered.get(0);
            assertEquals("mentor", root.path("name").asText());
            assertEquals("导师", zhName(root), "the command itself");
            assertChineseDescription("/mentor", root);
            Set<String> subNames = new HashSet<>();
            int options = 0;
            for (JsonNode sub : root.path("options")) {
                String where = "/mentor " + sub.path("name").asText();
                String zh = zhName(sub);
                assertTrue(subNames.add(zh), where + ": its Chinese name " + zh + " is taken by another subcommand");
                assertTrue(hasHan(zh), where + ": a Chinese name, not " + zh);
                assertChineseDescription(where, sub);
                Set<String> optionNames = new HashSet<>();
                for (JsonNode o : sub.path("options")) {
                    String at = where + " " + o.path("name").asText();
                    assertTrue(optionNames.add(zhName(o)), at + ": Chinese name taken");
                    assertChineseDescription(at, o);
                    options++;
                }
            }
            assertEquals(mentor.commands().size() + 3, subNames.size(), "every command and topic subcommand");
            assertTrue(options >= 14, "every option: " + options);
            JsonNode level = option(sub(root, "salary"), "level");
            List<String> choices = new ArrayList<>();
            level.path("choices")
                    .forEach(c -> choices.add(
                            c.path("name_localizations").path("zh-CN").asText()));
            assertEquals(List.of("入门", "资深"), choices, "the level's choices in Chinese");
            assertEquals(
                    List.of("zh", "en"),
                    option(sub(root, "lang"), "language").path("choices").findValuesAsText("value"));
            h.assertCleanTraffic(); // the fake refuses what Discord would refuse, localizations included
        }
    }

    @Test
    void aChineseAppGetsChineseAnswersWithTheSameFigures() throws Exception {
        try (Harness h = Harness.start(mentor)) {
            FakeUser ming = FakeUser.person("ming");
            FakeUser alice = FakeUser.person("alice");
            Interaction asked =
                    h.discord.slashIn("zh-CN", ming, "salary", Map.of("name", "serving", "level", "senior"));
            Exchange zh = h.discord.answer(asked);
            Exchange en = h.discord.answer(
                    h.discord.slashIn("en-US", alice, "salary", Map.of("name", "serving", "level", "senior")));
            String zhText = Harness.texts(Harness.embed(zh));
            String enText = Harness.texts(Harness.embed(en));
            assertTrue(zhText.contains(servingZh), "answered in Chinese: " + zhText);
            assertFalse(enText.contains(servingZh), "answered in English: " + enText);
            assertFalse(money(enText).isEmpty(), enText);
            assertEquals(money(enText), money(zhText), "the same figures in both languages");

            // Share to channel from a Chinese app posts the answer again, in Chinese.
            String share = ComponentIds.share("salary inference-serving senior").orElseThrow();
            assertTrue(
                    Harness.customIds(zh.message()).contains(share),
                    Harness.customIds(zh.message()).toString());
            Interaction click =
                    h.discord.clickIn("zh-CN", ming, h.discord.rest().original(asked), share);
            // Answered at once (a message in the callback), or deferred (type 6) and then a follow-up.
            Exchange shared =
                    h.callbackType(click) == 6 ? h.discord.followUps(click, 1).get(0) : h.discord.callback(click);
            assertFalse(Harness.ephemeral(shared), "shared for everyone");
            String sharedText = Harness.texts(Harness.embed(shared));
            assertTrue(sharedText.contains(servingZh), "shared in Chinese: " + sharedText);
            assertEquals(money(enText), money(sharedText));

            Exchange autocomplete =
                    h.discord.callback(h.discord.autocompleteIn("zh-CN", ming, "salary", Map.of("name", ""), "name"));
            JsonNode offered = autocomplete.body().path("data").path("choices");
            assertTrue(offered.findValuesAsText("name").contains(servingZh), "Chinese labels: " + offered);
            assertTrue(offered.findValuesAsText("value").contains("inference-serving"), "the same ids: " + offered);
            h.assertCleanTraffic();
        }
    }

    @Test
    void traditionalChineseIsAnsweredInSimplifiedWithANoteTheFirstTime() throws Exception {
        try (Harness h = Harness.start(mentor)) {
            FakeUser mei = FakeUser.person("mei");
            String note = Msg.get(Lang.ZH, "lang.traditional");
            String first = Harness.texts(Harness.embed(
                    h.discord.answer(h.discord.slashIn("zh-TW", mei, "salary", Map.of("name", "serving")))));
            assertTrue(first.contains(servingZh) && first.contains(note), first);
            String second = Harness.texts(Harness.embed(
                    h.discord.answer(h.discord.slashIn("zh-TW", mei, "salary", Map.of("name", "serving")))));
            assertTrue(second.contains(servingZh), second);
            assertFalse(second.contains(note), "said once: " + second);
            h.assertCleanTraffic();
        }
    }

    @Test
    void mentorLangOverridesTheAppsLanguage() throws Exception {
        try (Harness h = Harness.start(mentor)) {
            FakeUser ming = FakeUser.person("ming");
            Interaction choose = h.discord.slashIn("zh-CN", ming, "lang", Map.of("language", "en"));
            String said = Harness.texts(Harness.embed(h.discord.answer(choose)));
            assertTrue(said.contains("OK, I'll answer in English from now on."), said);
            String after = Harness.texts(Harness.embed(
                    h.discord.answer(h.discord.slashIn("zh-CN", ming, "salary", Map.of("name", "serving")))));
            assertFalse(after.contains(servingZh), "English, as chosen: " + after);
            Interaction back = h.discord.slashIn("zh-CN", ming, "lang", Map.of("language", "zh"));
            assertTrue(Harness.texts(Harness.embed(h.discord.answer(back))).contains("好的，之后用中文回答。"));
            h.assertCleanTraffic();
        }
    }

    private static String zhName(JsonNode node) {
        String zh = node.path("name_localizations").path("zh-CN").asText("");
        assertTrue(
                NAME.matcher(zh).matches() && zh.equals(zh.toLowerCase(java.util.Locale.ROOT)),
                "zh-CN name within Discord's rules: '" + zh + "' in " + node.path("name"));
        return zh;
    }

    private static void assertChineseDescription(String where, JsonNode node) {
        String d = node.path("description_localizations").path("zh-CN").asText("");
        assertTrue(!d.isEmpty() && d.length() <= 100, where + ": zh-CN description of 1-100 characters: " + d);
        assertTrue(hasHan(d), where + ": a Chinese description: " + d);
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static JsonNode sub(JsonNode root, String name) {
        for (JsonNode s : root.path("options")) if (s.path("name").asText().equals(name)) return s;
        throw new AssertionError("no subcommand " + name);
    }

    private static JsonNode option(JsonNode sub, String name) {
        for (JsonNode o : sub.path("options")) if (o.path("name").asText().equals(name)) return o;
        throw new AssertionError("no option " + name + " in " + sub);
    }

    private static Set<String> money(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
