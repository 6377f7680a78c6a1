package dev.careermentor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.TestBot;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Citation;
import dev.careermentor.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlackRendererTest {
    private static final User ALICE = new User(Surface.SLACK, "T1", "U1");
    private final TestBot bot = TestBot.real();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "help",
                "paths",
                "path research",
                "path engineering",
                "specializations",
                "specialization serving",
                "specialization mlops",
                "salary",
                "salary serving senior",
                "compare applied llm vs serving",
                "switch backend serving",
                "role",
                "role all",
                "become",
                "become all",
                "hiring",
                "hiring all",
                "choose",
                "choose all",
                "ask how much do mlops engineers earn",
                "sources",
                "quiz",
                "serving",
                "salry",
                "what is the meaning of life"
            })
    void everyAnswerFitsSlacksLimits(String command) {
        Reply reply = bot.say(ALICE, command);
        JsonNode message = BlockKitLimits.json(SlackRenderer.render(reply));
        BlockKitLimits.check(message);
        assertEquals(
                SlackText.escape(reply.title()),
                message.path("blocks").get(0).path("text").path("text").asText());
        String all = BlockKitLimits.allText(message);
        for (var f : reply.fields()) {
            assertTrue(all.contains(SlackText.escape(f.value())), command + ": field " + f.name() + " is shown whole");
        }
        for (Citation c : reply.citations()) assertTrue(all.contains(SlackText.escape(c.line())), c.line());
    }

    @Test
    void anAnswerHasHeaderLeadFieldsSourcesAndAPrimaryShareButton() {
        Reply reply = bot.say(ALICE, "salary serving senior");
        JsonNode blocks = BlockKitLimits.json(SlackRenderer.render(reply)).path("blocks");
        assertEquals("header", blocks.get(0).path("type").asText());
        assertEquals("section", blocks.get(1).path("type").asText());
        JsonNode context = find(blocks, "context");
        assertTrue(context.path("elements").get(0).path("text").asText().startsWith("Source: \u201C"));
        assertTrue(context.path("elements").get(0).path("text").asText().contains(", as of 20"));
        JsonNode share = find(blocks, "actions").path("elements").get(0);
        assertEquals("Share to channel", share.path("text").path("text").asText());
        assertEquals("primary", share.path("style").asText());
        assertTrue(share.path("action_id").asText().startsWith("cm1:s:"));
        assertEquals(share.path("action_id").asText(), share.path("value").asText());
    }

    @Test
    void inlineFieldsSitSideBySide() {
        Reply reply = bot.say(ALICE, "compare applied llm vs serving");
        assertTrue(reply.fields().stream().anyMatch(f -> f.inline()));
        JsonNode blocks = BlockKitLimits.json(SlackRenderer.render(reply)).path("blocks");
        boolean paired = false;
        for (JsonNode b : blocks) paired |= b.path("fields").size() >= 2;
        assertTrue(paired, "inline fields share a section's fields array");
    }

    @Test
    void quizQuestionsHaveOneButtonPerOptionPlusNavigation() {
        Reply reply = bot.say(ALICE, "quiz");
        JsonNode actions = find(BlockKitLimits.json(SlackRenderer.render(reply)).path("blocks"), "actions");
        assertEquals(reply.buttons().size(), actions.path("elements").size());
        for (int i = 0; i < reply.buttons().size(); i++) {
            assertEquals(
                    reply.buttons().get(i).id(),
                    actions.path("elements").get(i).path("action_id").asText());
        }
    }

    @Test
    void mentionsAndLinksAreEscapedEverywhere() {
        String hostile = "<!channel> <!here> <!everyone> <@U123> <#C1|general> <https://evil.example|click> & @here";
        Reply reply = Reply.builder(Reply.Kind.ERROR, hostile)
                .text(hostile)
                .field(hostile, hostile)
                .inline(hostile, hostile)
                .cite(new Citation("src", hostile, "2026", "e1"))
                .button(new Button(hostile, ComponentIds.run("help").orElseThrow(), Button.Kind.SUGGESTION))
                .build();
        SlackMessage m = SlackRenderer.render(reply);
        JsonNode message = BlockKitLimits.json(m);
        BlockKitLimits.check(message);
        String all = BlockKitLimits.allText(message);
        assertTrue(all.contains("&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123&gt;"), all);
        assertTrue(all.contains("&amp; @here"));
        assertFalse(all.contains("<"));
    }

    @Test
    void aLongTitleIsShortenedInTheHeaderAndShownWholeBelowIt() {
        String title = "A very long title ".repeat(14).strip();
        JsonNode message = BlockKitLimits.json(SlackRenderer.render(Reply.notice(title, "Lead text.")));
        BlockKitLimits.check(message);
        String header = message.path("blocks").get(0).path("text").path("text").asText();
        assertTrue(header.length() <= 150 && header.endsWith("\u2026"), header);
        assertEquals(
                "*" + title + "*\nLead text.",
                message.path("blocks").get(1).path("text").path("text").asText());
    }

    @Test
    void splittingNeverCutsAnEscapedCharacterInHalf() {
        // 1 000 ampersands escape to 5 000 characters: two sections of whole "&amp;" entities.
        Reply reply = Reply.notice("Ampersands", "&".repeat(1000));
        JsonNode blocks = BlockKitLimits.json(SlackRenderer.render(reply)).path("blocks");
        int total = 0;
        for (JsonNode b : blocks) {
            if (!b.path("type").asText().equals("section")) continue;
            String text = b.path("text").path("text").asText();
            assertTrue(text.matches("(&amp;)+"), "whole entities only");
            total += text.length() / 5;
        }
        assertEquals(1000, total);
    }

    @Test
    void aReplyTooBigForFiftyBlocksIsPackedWithoutLosingAFact() {
        Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, "Many facts").text("Lead & text. ".repeat(200));
        for (int i = 0; i < 90; i++) {
            String value = "fact-" + i + "-start " + "words & more words ".repeat(40) + "fact-" + i + "-end";
            if (i % 3 == 0) b.inline("Inline " + i, value);
            else b.field("Field " + i, value);
        }
        for (int i = 0; i < 15; i++) b.cite(new Citation("source-" + i, "Article " + i, "2026", "e" + i));
        for (int i = 0; i < 30; i++)
            b.button(new Button("Button " + i, ComponentIds.run("help " + i).orElseThrow(), Button.Kind.SUGGESTION));
        Reply reply = b.build();
        JsonNode message = BlockKitLimits.json(SlackRenderer.render(reply));
        BlockKitLimits.check(message);
        assertTrue(reply.fields().size() > 50, "one section per field would need more than 50 blocks");
        String all = BlockKitLimits.allText(message);
        for (int i = 0; i < 90; i++) {
            assertTrue(all.contains("fact-" + i + "-start") && all.contains("fact-" + i + "-end"), "fact " + i);
        }
        for (int i = 0; i < 15; i++) assertTrue(all.contains("[source-" + i + "]"), "source " + i);
        for (int i = 0; i < 30; i++) assertTrue(all.contains("Button " + i), "button " + i);
        assertFalse(all.contains("shortened to fit"));
    }

    @Test
    void anArtificiallyHugeReplyIsShortenedVisiblyAndStillFits() {
        Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, "T".repeat(256)).text("<&>".repeat(1000));
        for (int i = 0; i < 400; i++) b.field("Field " + i, ("x&y " + i + " ").repeat(120));
        for (int i = 0; i < 300; i++) b.cite(new Citation("s" + i, "Title " + i + " <@U1>", "2026-11", "e" + i));
        for (int i = 0; i < 120; i++)
            b.button(new Button("B" + i + " & co", ComponentIds.run("x" + i).orElseThrow(), Button.Kind.SUGGESTION));
        JsonNode message = BlockKitLimits.json(SlackRenderer.render(b.build()));
        BlockKitLimits.check(message);
        assertEquals(50, message.path("blocks").size());
        assertTrue(BlockKitLimits.allText(message).contains("\u2026 (shortened to fit one Slack message)"));
    }

    @Test
    void theFallbackTextIsASummaryEscaped() {
        SlackMessage m = SlackRenderer.render(Reply.notice("Tom & Jerry", "<!here> says hi"));
        assertEquals("Tom &amp; Jerry: &lt;!here&gt; says hi", m.text());
    }

    @Test
    void anEmptyReplyStillMakesAValidMessage() {
        BlockKitLimits.check(BlockKitLimits.json(SlackRenderer.render(Reply.notice("", ""))));
    }

    private static JsonNode find(JsonNode blocks, String type) {
        List<JsonNode> found = new ArrayList<>();
        blocks.forEach(b -> {
            if (b.path("type").asText().equals(type)) found.add(b);
        });
        assertFalse(found.isEmpty(), "no " + type + " block");
        return found.get(0);
    }
}
