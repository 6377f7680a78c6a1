package dev.careermentor.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The limits Discord enforces on a message payload; the fake answers 400 Invalid Form Body on any breach. */
public final class MessageRules {
    private MessageRules() {}

    public static List<String> problems(JsonNode m, boolean edit) {
        List<String> out = new ArrayList<>();
        String content = m.path("content").asText("");
        if (content.length() > 2000) out.add("content is " + content.length() + " > 2000");
        JsonNode embeds = m.path("embeds");
        if (embeds.size() > 10) out.add("more than 10 embeds");
        int total = 0;
        for (JsonNode e : embeds) total += embed(e, out);
        if (total > 6000) out.add("embeds total " + total + " > 6000");
        if (!edit && content.isEmpty() && embeds.isEmpty() && !m.has("attachments")) {
            out.add("cannot send an empty message");
        }
        JsonNode rows = m.path("components");
        if (rows.size() > 5) out.add(rows.size() + " action rows > 5");
        Set<String> ids = new HashSet<>();
        for (JsonNode row : rows) {
            if (row.path("type").asInt() != 1) out.add("top-level component is not an action row: " + row);
            if (row.path("components").size() > 5)
                out.add("row with " + row.path("components").size() + " buttons > 5");
            if (row.path("components").isEmpty()) out.add("empty action row");
            for (JsonNode b : row.path("components")) {
                String id = b.path("custom_id").asText("");
                if (id.isEmpty() || id.length() > 100) out.add("custom_id length " + id.length() + ": " + id);
                if (!ids.add(id)) out.add("duplicate custom_id " + id);
                String label = b.path("label").asText("");
                if (label.length() > 80) out.add("label over 80: " + label);
            }
        }
        return out;
    }

    private static int embed(JsonNode e, List<String> out) {
        int n = 0;
        n += limit(e.path("title").asText(""), 256, "title", out);
        n += limit(e.path("description").asText(""), 4096, "description", out);
        n += limit(e.path("footer").path("text").asText(""), 2048, "footer", out);
        n += limit(e.path("author").path("name").asText(""), 256, "author", out);
        JsonNode fields = e.path("fields");
        if (fields.size() > 25) out.add(fields.size() + " fields > 25");
        for (JsonNode f : fields) {
            String name = f.path("name").asText("");
            String value = f.path("value").asText("");
            if (name.isEmpty() || value.isEmpty()) out.add("empty field name or value");
            n += limit(name, 256, "field name", out);
            n += limit(value, 1024, "field value", out);
        }
        return n;
    }

    private static int limit(String s, int max, String what, List<String> out) {
        if (s.length() > max) out.add(what + " is " + s.length() + " > " + max);
        return s.length();
    }
}
