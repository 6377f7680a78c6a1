package dev.careermentor.core.command;

import static dev.careermentor.TestBot.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.TestBot;
import dev.careermentor.core.i18n.CatalogTest;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.knowledge.model.Source;
import dev.careermentor.core.reply.Citation;
import dev.careermentor.core.reply.Field;
import dev.careermentor.core.reply.PlainText;
import dev.careermentor.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Commands answered in Chinese: the code's own words come from the Chinese catalog (no English heading,
 * label or sentence of the commands' catalog is left), and every figure is the one the English gives.
 */
class ChineseCommandsTest {
    private static final Pattern FIGURE =
            Pattern.compile("\\$[0-9.]+[KM]\\+?|\\d+(?:\\.\\d+)?%|\\b20\\d\\d(?:-\\d\\d)?\\b");
    private final TestBot bot = TestBot.real();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "salary serving senior",
                "salary",
                "specialization mlops",
                "compare applied serving",
                "switch backend serving",
                "switch mlops serving",
                "paths",
                "path research",
                "specializations",
                "role all",
                "role task split",
                "topics",
                "sources",
                "help",
                "specialization zzzz",
                "compare serving",
                "salary serving bogus"
            })
    void noEnglishFixedWordsAndTheSameFigures(String command) {
        Reply zh = bot.mentor().handleText(ALICE, Lang.ZH, command);
        Reply en = bot.mentor().handleText(ALICE, Lang.EN, command);
        String zhText = all(zh);
        // The sources stay as published (their titles, publishers and what each contributes): not the code's.
        for (Source s : bot.mentor().knowledge().data().sources()) {
            zhText = zhText.replace(s.title(), "").replace(s.contributes(), "");
        }
        assertTrue(Lang.looksChinese(zh.title()) || zh.title().startsWith("Career Mentor"), zh.title());
        for (String phrase : englishPhrases()) {
            assertTrue(
                    !zhText.contains(phrase),
                    "English \u201C" + phrase + "\u201D in the Chinese " + command + ":\n" + zhText);
        }
        List<String> words = englishWords();
        for (Field f : zh.fields()) assertTrue(!words.contains(f.name()), "English heading " + f.name());
        assertTrue(!words.contains(zh.title()), "English title " + zh.title());
        // Shorter Chinese may fit more parts in one message or a part in the lead: the figures are compared
        // on whole answers ("role all"), not on what one message's budget keeps.
        assertEquals(figures(all(en)), figures(all(zh)), command);
    }

    /** The catalog's one-word English values (Skills, Advice, Topics...): no heading may be one of them. */
    private static List<String> englishWords() {
        List<String> out = new ArrayList<>();
        CatalogTest.file(Lang.EN).forEach((key, value) -> {
            if (key.matches("(cmd|card|pay|cite|model)\\..*") && value.matches("[A-Za-z]+")) out.add(value);
        });
        return out;
    }

    /**
     * The literal phrases of the commands' catalog, between placeholders: two words or more, since one
     * word ("specialization") may be a command word users type.
     */
    private static Set<String> englishPhrases() {
        Set<String> out = new TreeSet<>();
        CatalogTest.file(Lang.EN).forEach((key, value) -> {
            if (!key.matches("(cmd|card|pay|cite|model)\\..*") || key.startsWith("cmd.sep.")) return;
            for (String piece : value.replace("''", "'").split("\\{[^{}]*(\\{[^}]*}[^{}]*)*}", -1)) {
                String p = piece.strip().replaceAll("^[^A-Za-z]+|[^A-Za-z]+$", "");
                if (p.length() >= 6 && p.contains(" ")) out.add(p);
            }
        });
        return out;
    }

    private static String all(Reply r) {
        StringBuilder sb = new StringBuilder(PlainText.render(r));
        for (Field f : r.fields()) sb.append('\n').append(f.name());
        for (Citation c : r.citations()) sb.append('\n').append(c.sourceLine());
        return sb.toString();
    }

    private static List<String> figures(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) out.add(m.group());
        return out.stream().distinct().sorted().toList();
    }
}
