package dev.careermentor.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Citation;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.discord.fake.MessageRules;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

/** Rendering alone: what one Reply becomes on Discord. */
class DiscordRendererTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DiscordRenderer renderer = new DiscordRenderer();

    @Test
    void anAnswerIsOneEmbedWithItsFieldsAndItsSourcesInTheFooter() throws Exception {
        Reply reply = Reply.builder(Reply.Kind.ANSWER, "Inference / serving engineer")
                .text("Makes models fast.")
                .inline("Early career", "$180K–$280K")
                .inline("Senior", "$300K–$600K")
                .field("Hiring", "Steady.")
                .cite(new Citation("six-specializations", "07 - Picking a specialization", "2026", "serving"))
                .cite(new Citation("two-paths", "Two paths", "2026-11", "paths"))
                .button(new Button("Share to channel", "cm1:s:specialization serving", Button.Kind.SHARE))
                .build();
        List<DiscordMessage> messages = renderer.render(reply);
        assertEquals(1, messages.size());
        MessageEmbed embed = messages.get(0).embed();
        assertEquals("Inference / serving engineer", embed.getTitle());
        assertEquals("Makes models fast.", embed.getDescription());
        assertEquals(
                List.of(true, true, false),
                embed.getFields().stream().map(MessageEmbed.Field::isInline).toList());
        assertEquals("$300K–$600K", embed.getFields().get(1).getValue());
        assertEquals(
                "Source: “07 - Picking a specialization” [six-specializations], as of 2026\n"
                        + "Source: “Two paths” [two-paths], as of 2026-11",
                embed.getFooter().getText());
        ActionRow row = messages.get(0).rows().get(0);
        var share = row.getButtons().get(0);
        assertEquals(ButtonStyle.SUCCESS, share.getStyle());
        assertEquals("cm1:s:specialization serving", share.getCustomId());
    }

    @Test
    void markdownInTextIsShownLiterallyAndMentionsCannotRender() {
        Reply reply = Reply.builder(Reply.Kind.ERROR, "I don't know “**x**”")
                .text("**bold** _it_ `code` ||spoiler|| ~~gone~~ [link](https://evil.example) C:\\temp\n"
                        + "# Heading\n> quote\n@everyone @here <@123> <@&456> <#789>")
                .cite(new Citation("s_1", "A_title*with*stars", "2026", "e"))
                .build();
        MessageEmbed embed = renderer.render(reply).get(0).embed();
        String d = embed.getDescription();
        for (String escaped : List.of(
                "\\*\\*bold\\*\\*",
                "\\_it\\_",
                "\\`code\\`",
                "\\|\\|spoiler\\|\\|",
                "\\~\\~gone\\~\\~",
                "\\[link]",
                "C:\\\\temp",
                "\\# Heading",
                "\\> quote")) {
            assertTrue(d.contains(escaped), escaped + " in " + d);
        }
        assertEquals("I don't know “\\*\\*x\\*\\*”", embed.getTitle());
        for (String mention : List.of("@everyone", "@here", "<@123>", "<@&456>", "<#789>")) {
            assertFalse(d.contains(mention), mention + " must not render as a mention: " + d);
        }
        assertTrue(d.contains("@\u200Beveryone") && d.contains("<\u200B@&456>"), "still readable: " + d);
        assertEquals(
                "Source: “A_title*with*stars” [s_1], as of 2026",
                embed.getFooter().getText(),
                "footers show no markdown, so they are not escaped");
    }

    @Test
    void escapingNeverPushesAPartOverItsLimitOrSplitsAnEscape() {
        Reply reply = Reply.builder(Reply.Kind.ANSWER, "*".repeat(256))
                .text("*".repeat(3000))
                .field("Underscores", "_".repeat(1024))
                .build();
        List<DiscordMessage> messages = renderer.render(reply);
        StringBuilder description = new StringBuilder();
        StringBuilder field = new StringBuilder();
        for (DiscordMessage m : messages) {
            MessageEmbed e = m.embed();
            assertTrue(e.getTitle().length() <= DiscordRenderer.TITLE);
            assertFalse(e.getTitle().endsWith("\\") && !e.getTitle().endsWith("\\\\"));
            if (e.getDescription() != null) {
                assertTrue(e.getDescription().length() <= DiscordRenderer.DESCRIPTION);
                assertTrue(e.getDescription().matches("(\\\\\\*)+"), "whole escapes only");
                description.append(e.getDescription());
            }
            for (MessageEmbed.Field f : e.getFields()) {
                assertTrue(f.getValue().length() <= DiscordRenderer.FIELD_VALUE);
                assertTrue(f.getValue().matches("(\\\\_)+"), "whole escapes only");
                field.append(f.getValue());
            }
            assertTrue(e.getLength() <= DiscordRenderer.EMBED_TOTAL);
        }
        assertEquals("*".repeat(3000), description.toString().replace("\\*", "*"), "nothing lost");
        assertEquals("_".repeat(1024), field.toString().replace("\\_", "_"));
        List<String> names = messages.stream()
                .flatMap(m -> m.embed().getFields().stream())
                .map(MessageEmbed.Field::getName)
                .toList();
        assertEquals("Underscores", names.get(0));
        assertTrue(
                names.subList(1, names.size()).stream().allMatch(n -> n.equals("Underscores (continued)")),
                names.toString());
    }

    @Test
    void aHugeReplyIsSplitIntoMessagesDiscordAccepts() throws Exception {
        Reply reply = new TestMentors.Huge().run(null, null);
        List<DiscordMessage> messages = renderer.render(reply);
        assertTrue(messages.size() > 1);
        List<String> ids = new ArrayList<>();
        int fields = 0;
        for (int n = 0; n < messages.size(); n++) {
            DiscordMessage m = messages.get(n);
            JsonNode created = JSON.readTree(m.create().toData().toString());
            JsonNode edited = JSON.readTree(m.edit().toData().toString());
            assertEquals(List.of(), MessageRules.problems(created, false), "message " + n);
            assertEquals(List.of(), MessageRules.problems(edited, true), "message " + n + " as an edit");
            assertTrue(m.embed().getLength() <= DiscordRenderer.EMBED_TOTAL);
            assertTrue(m.embed().getFields().size() <= DiscordRenderer.FIELDS);
            assertEquals(n == messages.size() - 1, m.embed().getFooter() != null, "footer on the last only");
            assertTrue(m.rows().size() <= DiscordRenderer.ROWS);
            for (ActionRow row : m.rows()) {
                assertTrue(row.getButtons().size() <= DiscordRenderer.BUTTONS_PER_ROW);
                row.getButtons().forEach(b -> ids.add(b.getCustomId()));
            }
            fields += m.embed().getFields().size();
        }
        assertEquals(reply.buttons().stream().map(Button::id).toList(), ids, "every button, in order");
        assertTrue(fields >= reply.fields().size(), "every field, some continued");
        assertTrue(messages.get(0).embed().getTitle().length() <= DiscordRenderer.TITLE);
        String footer = messages.get(messages.size() - 1).embed().getFooter().getText();
        assertTrue(footer.length() <= DiscordRenderer.FOOTER);
    }

    @Test
    void answersFillRowsOfFiveAndOtherButtonsStartTheirOwnRow() {
        Reply.Builder b = Reply.builder(Reply.Kind.QUIZ_QUESTION, "Question");
        for (int i = 0; i < 7; i++) b.button(new Button("Answer " + i, "cm1:q:t:o:q::a" + i, Button.Kind.CHOICE));
        b.button(new Button("Back", "cm1:q:t:o:q::b", Button.Kind.NAVIGATION));
        b.button(new Button("Cancel", "cm1:q:t:o:q::c", Button.Kind.CANCEL));
        b.button(new Button("Cancel again", "cm1:q:t:o:q::c", Button.Kind.CANCEL));
        List<ActionRow> rows = renderer.render(b.build()).get(0).rows();
        assertEquals(
                List.of(5, 2, 2),
                rows.stream().map(r -> r.getButtons().size()).toList(),
                "a duplicate custom_id is dropped: Discord refuses the whole message otherwise");
        assertEquals(ButtonStyle.PRIMARY, rows.get(0).getButtons().get(0).getStyle());
        assertEquals(ButtonStyle.DANGER, rows.get(2).getButtons().get(1).getStyle());
    }

    @Test
    void aCustomIdOverOneHundredCharactersIsABugNotAMessage() {
        Button tooLong = mock(Button.class);
        when(tooLong.id()).thenReturn("cm1:" + "x".repeat(97));
        when(tooLong.label()).thenReturn("Too long");
        when(tooLong.kind()).thenReturn(Button.Kind.CHOICE);
        assertThrows(IllegalArgumentException.class, () -> DiscordRenderer.rows(List.of(tooLong)));
    }

    @Test
    void newMessagesAndEditsBothTurnMentionsOffAndEditsClearOldButtons() throws Exception {
        DiscordMessage m =
                renderer.render(Reply.notice("Quiz cancelled", "Bye.")).get(0);
        JsonNode created = JSON.readTree(m.create().toData().toString());
        JsonNode edited = JSON.readTree(m.edit().toData().toString());
        for (JsonNode payload : List.of(created, edited)) {
            assertTrue(payload.path("allowed_mentions").path("parse").isArray());
            assertTrue(payload.path("allowed_mentions").path("parse").isEmpty(), payload.toString());
        }
        assertTrue(
                edited.path("components").isArray() && edited.path("components").isEmpty(),
                "an edit without buttons removes the old ones");
    }

    @Test
    void tooManySourcesAreSummarisedWithinTheFooterLimit() {
        List<Citation> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) many.add(new Citation("source-" + i, "Title " + i, "2026", "e"));
        String footer = DiscordRenderer.footer(many);
        assertTrue(footer.length() <= DiscordRenderer.FOOTER, "" + footer.length());
        assertTrue(footer.startsWith("Source: “Title 0” [source-0], as of 2026\n"));
        assertTrue(footer.endsWith("/mentor sources lists them all"));
        assertEquals(
                "Career Mentor",
                renderer.render(Reply.notice("", "x")).get(0).embed().getTitle());
    }
}
