package dev.careermentor.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages the bot sent, as Discord stores and returns them, and the pings Discord would have
 * delivered for them.
 */
final class MessageStore {
    static final int EPHEMERAL = 1 << 6, LOADING = 1 << 7;
    private static final int DEFAULT = 0, CHAT_INPUT_COMMAND = 20;

    private final FakeUser bot;
    private final String applicationId;
    private final Map<String, ObjectNode> messages = new HashMap<>();
    private final List<String> pings = new ArrayList<>();

    MessageStore(FakeUser bot, String applicationId) {
        this.bot = bot;
        this.applicationId = applicationId;
    }

    /** A new message from the bot; {@code toCommand} marks a response to a slash command. */
    synchronized ObjectNode create(String channelId, boolean toCommand, JsonNode data, int flags) {
        String id = Snowflakes.next();
        ObjectNode m = Payloads.object()
                .put("id", id)
                .put("type", toCommand ? CHAT_INPUT_COMMAND : DEFAULT)
                .put("channel_id", channelId)
                .put("content", "")
                .put("pinned", false)
                .put("tts", false)
                .put("mention_everyone", false)
                .put("timestamp", Instant.now().toString())
                .put("flags", flags)
                .put("webhook_id", applicationId)
                .put("application_id", applicationId);
        m.putNull("edited_timestamp");
        m.set("author", Payloads.user(bot));
        for (String empty : new String[] {"embeds", "components", "attachments", "mentions", "mention_roles"}) {
            m.set(empty, Payloads.array());
        }
        apply(m, data);
        messages.put(id, m);
        return m.deepCopy();
    }

    /** Applies an edit; a deferred message stops loading. */
    synchronized ObjectNode edit(String id, JsonNode data) {
        ObjectNode m = messages.get(id);
        apply(m, data);
        m.put("edited_timestamp", Instant.now().toString());
        m.put("flags", m.path("flags").asInt() & ~LOADING);
        return m.deepCopy();
    }

    synchronized ObjectNode get(String id) {
        ObjectNode m = messages.get(id);
        return m == null ? null : m.deepCopy();
    }

    synchronized boolean exists(String id) {
        return messages.containsKey(id);
    }

    synchronized void remove(String id) {
        messages.remove(id);
    }

    synchronized List<String> pings() {
        return List.copyOf(pings);
    }

    /** Copies what the payload sets; Discord numbers components and marks embeds "rich". */
    private void apply(ObjectNode m, JsonNode data) {
        if (data == null) return;
        if (data.has("content")) m.put("content", data.get("content").asText(""));
        if (data.has("embeds")) {
            ArrayNode embeds = Payloads.array();
            for (JsonNode e : data.get("embeds")) embeds.add(((ObjectNode) e.deepCopy()).put("type", "rich"));
            m.set("embeds", embeds);
        }
        if (data.has("components")) {
            ArrayNode rows = Payloads.array();
            int next = 1;
            for (JsonNode row : data.get("components")) {
                ObjectNode r = ((ObjectNode) row.deepCopy()).put("id", next++);
                ArrayNode children = Payloads.array();
                for (JsonNode c : row.path("components")) children.add(((ObjectNode) c.deepCopy()).put("id", next++));
                r.set("components", children);
                rows.add(r);
            }
            m.set("components", rows);
        }
        notePings(data, m.path("content").asText(""));
    }

    /** Discord parses mentions in content only, as far as allowed_mentions.parse lets it (all when absent). */
    private void notePings(JsonNode data, String content) {
        JsonNode allowed = data.get("allowed_mentions");
        List<String> parse = new ArrayList<>();
        if (allowed == null) parse.addAll(List.of("everyone", "roles", "users"));
        else allowed.path("parse").forEach(p -> parse.add(p.asText()));
        if (parse.contains("everyone") && (content.contains("@everyone") || content.contains("@here"))) {
            pings.add("mass mention in: " + content);
        }
        if (parse.contains("users") && content.matches("(?s).*<@!?\\d+>.*")) pings.add("user mention in: " + content);
        if (parse.contains("roles") && content.matches("(?s).*<@&\\d+>.*")) pings.add("role mention in: " + content);
    }
}
