package dev.careermentor.discord;

import dev.careermentor.core.reply.Fields;
import dev.careermentor.core.reply.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/**
 * Makes the core's plain text safe to show on Discord: markdown in knowledge text or echoed input is
 * shown literally, and nothing that looks like a mention can ping (allowed_mentions already stops
 * pings; this also keeps "@everyone" from rendering as a highlighted mention).
 */
final class DiscordText {
    private DiscordText() {}

    /** A line starting with "#" or "-#" renders as a heading or small print. */
    private static final Pattern HEADING = Pattern.compile("(?m)^(\\s*)(-?#)");

    private static final char ZERO_WIDTH_SPACE = '\u200B';

    /** For embed titles, descriptions, field names and values, where Discord renders markdown. */
    static String markdown(String raw) {
        if (raw == null || raw.isEmpty()) return "";
        String s = raw.replace("\\", "\\\\"); // a lone backslash would otherwise hide the next character
        s = HEADING.matcher(s).replaceAll("$1\\\\$2");
        s = s.replace("[", "\\["); // no masked links from echoed input
        s = MarkdownSanitizer.escape(s, true);
        return noMentions(s);
    }

    /** For footers and button labels, which Discord shows as they are. */
    static String literal(String raw) {
        return raw == null ? "" : noMentions(raw);
    }

    private static String noMentions(String s) {
        return s.replace("@everyone", "@" + ZERO_WIDTH_SPACE + "everyone")
                .replace("@here", "@" + ZERO_WIDTH_SPACE + "here")
                .replace("<@", "<" + ZERO_WIDTH_SPACE + "@")
                .replace("<#", "<" + ZERO_WIDTH_SPACE + "#");
    }

    /** The escaped text, shortened at a word boundary (on the raw text) until it fits {@code max}. */
    static String markdownWithin(String raw, int max) {
        String escaped = markdown(raw);
        int limit = raw.length();
        while (escaped.length() > max) {
            limit = Math.min(limit - 1, limit * max / escaped.length());
            escaped = markdown(Limits.shorten(raw, Math.max(1, limit)));
        }
        return escaped;
    }

    /**
     * Splits text into escaped chunks of at most {@code max} characters, cutting the raw text at line or
     * word breaks so an escape is never separated from the character it protects.
     */
    static List<String> markdownChunks(String raw, int max) {
        int budget = max;
        while (true) {
            List<String> out = new ArrayList<>();
            boolean fits = true;
            for (String part : Fields.split(raw, budget)) {
                String escaped = markdown(part);
                if (escaped.length() > max) {
                    fits = false;
                    break;
                }
                out.add(escaped);
            }
            // Escaping at most doubles the length, so budget max/2 always fits.
            if (fits) return out;
            budget = Math.max(max / 2, budget * 3 / 4);
        }
    }
}
