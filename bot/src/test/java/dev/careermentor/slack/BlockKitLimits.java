package dev.careermentor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.Gson;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a message as JSON against Slack's published Block Kit limits, independently of the renderer's
 * own constants, and checks that no text could form a mention or a link.
 */
final class BlockKitLimits {
    private BlockKitLimits() {}

    private static final Gson GSON = GsonFactory.createSnakeCase();

    /** The JSON Bolt sends for a rendered message. */
    static JsonNode json(SlackMessage m) {
        try {
            String blocks = GSON.toJson(m.blocks());
            return FakeSlack.JSON
                    .createObjectNode()
                    .put("text", m.text())
                    .set("blocks", FakeSlack.JSON.readTree(blocks));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Asserts every limit on a message body holding "text" and "blocks". */
    static void check(JsonNode message) {
        assertTrue(
                message.path("text").isTextual()
                        && !message.path("text").asText().isBlank(),
                "top-level fallback text is set");
        safe(message.path("text").asText());
        assertFalse(message.has("link_names"), "link_names must never be set");
        assertFalse(message.has("parse"), "parse must never be set");
        JsonNode blocks = message.path("blocks");
        assertTrue(blocks.isArray() && blocks.size() >= 1, "has blocks");
        assertTrue(blocks.size() <= 50, "at most 50 blocks, got " + blocks.size());
        for (JsonNode b : blocks) {
            switch (b.path("type").asText()) {
                case "header" -> {
                    assertEquals("plain_text", b.path("text").path("type").asText());
                    text(b.path("text"), 150);
                }
                case "section" -> {
                    assertTrue(b.has("text") || b.has("fields"), "a section has text or fields");
                    if (b.has("text")) text(b.path("text"), 3000);
                    if (b.has("fields")) {
                        assertTrue(b.path("fields").size() <= 10, "at most 10 fields");
                        for (JsonNode f : b.path("fields")) text(f, 2000);
                    }
                }
                case "context" -> {
                    assertTrue(
                            b.path("elements").size() >= 1 && b.path("elements").size() <= 10, "1-10 context elements");
                    for (JsonNode e : b.path("elements")) text(e, 3000);
                }
                case "actions" -> {
                    assertTrue(
                            b.path("elements").size() >= 1 && b.path("elements").size() <= 25, "1-25 action elements");
                    for (JsonNode e : b.path("elements")) {
                        assertEquals("button", e.path("type").asText());
                        assertEquals("plain_text", e.path("text").path("type").asText());
                        text(e.path("text"), 75);
                        String id = e.path("action_id").asText();
                        assertTrue(!id.isEmpty() && id.length() <= 255, "action_id within 255: " + id);
                        assertTrue(e.path("value").asText().length() <= 2000, "button value within 2000");
                    }
                }
                default -> fail("unexpected block type " + b);
            }
        }
    }

    private static void text(JsonNode t, int max) {
        String s = t.path("text").asText();
        assertFalse(s.isBlank(), "text objects are never empty: " + t);
        assertTrue(s.length() <= max, "text within " + max + " chars, got " + s.length());
        if (t.path("type").asText().equals("mrkdwn")) {
            assertTrue(t.path("verbatim").asBoolean(false), "mrkdwn is verbatim so nothing is auto-linked");
        }
        safe(s);
    }

    /** Escaped text has no raw angle bracket: nothing can form <!channel>, <@U...> or a link. */
    static void safe(String s) {
        assertFalse(s.indexOf('<') >= 0 || s.indexOf('>') >= 0, "unescaped < or > in: " + s);
    }

    /** Every text in the message joined, for looking facts up. */
    static String allText(JsonNode message) {
        List<String> out = new ArrayList<>();
        collect(message, out);
        return String.join("\n", out);
    }

    private static void collect(JsonNode node, List<String> out) {
        node.fields().forEachRemaining(e -> {
            if (e.getKey().equals("text") && e.getValue().isTextual())
                out.add(e.getValue().asText());
        });
        for (JsonNode child : node) collect(child, out);
    }
}
