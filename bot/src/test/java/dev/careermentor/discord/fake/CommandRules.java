package dev.careermentor.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What Discord checks when commands are registered; the fake answers 400 on any breach. */
final class CommandRules {
    private CommandRules() {}

    private static final Pattern NAME = Pattern.compile("[-_\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}");
    /** The locales Discord accepts as keys of name_localizations and description_localizations. */
    static final java.util.Set<String> LOCALES = java.util.Set.of(
            "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl",
            "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th", "zh-CN", "ja", "zh-TW",
            "ko");

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
            localizations(name, c, out);
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
            localizations(name, o, out);
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
                ch.path("name_localizations").properties().forEach(e -> {
                    if (!LOCALES.contains(e.getKey())) out.add(name + ": unknown locale " + e.getKey());
                    int l = e.getValue().asText("").length();
                    if (l < 1 || l > 100) out.add(name + ": localized choice out of limits " + ch);
                });
            }
            if (o.has("max_length") && (type != STRING || o.path("max_length").asInt() > 6000)) {
                out.add(name + ": bad max_length");
            }
        }
    }

    private static int longest(JsonNode node, String field) {
        int n = node.path(field).asText("").length();
        for (JsonNode l : node.path(field + "_localizations"))
            n = Math.max(n, l.asText("").length());
        return n;
    }

    private static void name(String name, List<String> out) {
        if (!NAME.matcher(name).matches() || !name.equals(name.toLowerCase(java.util.Locale.ROOT)))
            out.add("bad name '" + name + "'");
    }

    /** name_localizations and description_localizations: known locales, each value within the rules. */
    private static void localizations(String where, JsonNode node, List<String> out) {
        node.path("name_localizations").properties().forEach(e -> {
            if (!LOCALES.contains(e.getKey())) out.add(where + ": unknown locale " + e.getKey());
            name(e.getValue().asText(""), out);
        });
        node.path("description_localizations").properties().forEach(e -> {
            if (!LOCALES.contains(e.getKey())) out.add(where + ": unknown locale " + e.getKey());
            description(where + " [" + e.getKey() + "]", e.getValue().asText(""), out);
        });
    }

    private static void description(String where, String d, List<String> out) {
        if (d.isEmpty() || d.length() > 100) out.add(where + ": description length " + d.length());
    }

    /** Discord counts the longest of a field's default and localized versions. */
    private static int characters(JsonNode node) {
        int n = longest(node, "name") + longest(node, "description");
        for (JsonNode ch : node.path("choices")) {
            n += longest(ch, "name") + ch.path("value").asText("").length();
        }
        for (JsonNode o : node.path("options")) n += characters(o);
        return n;
    }
}
