package dev.careermentor.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What Discord checks when commands are registered; the fake answers 400 on any breach. */
final class CommandRules {
    private CommandRules() {}

    private static final Pattern NAME = Pattern.compile("[-_\\p{L}\\p{N}]{1,32}");
    static final int SUB_COMMAND = 1, SUB_COMMAND_GROUP = 2, STRING = 3;

    static List<String> problems(JsonNode commands) {
        List<String> out = new ArrayList<>();
        if (!commands.isArray()) {
            out.add("body is not an array of commands");
            return out;
        }
        for (JsonNode c : commands) {
            String name = c.path("name").asText("");
            name(name, out);
            int type = c.path("type").asInt(1);
            if (type == 1) description(name, c.path("description").asText(""), out);
            options(name, c.path("options"), out);
            int chars = characters(c);
            if (chars > 4000) out.add(name + ": " + chars + " characters in names, descriptions and choices > 4000");
        }
        return out;
    }

    private static void options(String where, JsonNode options, List<String> out) {
        if (options.size() > 25) out.add(where + ": " + options.size() + " options > 25");
        boolean optionalSeen = false;
        for (JsonNode o : options) {
            String name = where + " " + o.path("name").asText("");
            name(o.path("name").asText(""), out);
            description(name, o.path("description").asText(""), out);
            int type = o.path("type").asInt();
            if (type == SUB_COMMAND || type == SUB_COMMAND_GROUP) {
                options(name, o.path("options"), out);
                continue;
            }
            boolean required = o.path("required").asBoolean(false);
            if (required && optionalSeen) out.add(name + ": required option after an optional one");
            if (!required) optionalSeen = true;
            JsonNode choices = o.path("choices");
            if (choices.size() > 25) out.add(name + ": more than 25 choices");
            if (!choices.isEmpty() && o.path("autocomplete").asBoolean(false)) {
                out.add(name + ": autocomplete and choices at once");
            }
            for (JsonNode ch : choices) {
                int n = ch.path("name").asText("").length();
                int v = ch.path("value").asText("").length();
                if (n < 1 || n > 100 || v > 100) out.add(name + ": choice out of limits " + ch);
            }
            if (o.has("max_length") && (type != STRING || o.path("max_length").asInt() > 6000)) {
                out.add(name + ": bad max_length");
            }
        }
    }

    private static void name(String name, List<String> out) {
        if (!NAME.matcher(name).matches() || !name.equals(name.toLowerCase(java.util.Locale.ROOT)))
            out.add("bad name '" + name + "'");
    }

    private static void description(String where, String d, List<String> out) {
        if (d.isEmpty() || d.length() > 100) out.add(where + ": description length " + d.length());
    }

    private static int characters(JsonNode node) {
        int n = node.path("name").asText("").length()
                + node.path("description").asText("").length();
        for (JsonNode ch : node.path("choices")) {
            n += ch.path("name").asText("").length()
                    + ch.path("value").asText("").length();
        }
        for (JsonNode o : node.path("options")) n += characters(o);
        return n;
    }
}
