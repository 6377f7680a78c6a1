package dev.careermentor.slack;

import dev.careermentor.core.reply.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text made safe for Slack text objects, and cut to Slack's limits. Slack reads {@code &}, {@code <}
 * and {@code >} as control characters ({@code <!channel>}, {@code <@U123>}, {@code <url|label>}), so every
 * piece of reply text passes through {@link #escape} and nothing a user typed or a moderator wrote can
 * ping a channel or forge a link. Limits are measured on the escaped text, which is what Slack counts.
 */
final class SlackText {
    private SlackText() {}

    static String escape(String raw) {
        if (raw == null) return "";
        int first = 0;
        while (first < raw.length() && !special(raw.charAt(first))) first++;
        if (first == raw.length()) return raw; // most text has nothing to escape
        StringBuilder sb = new StringBuilder(raw.length() + 16).append(raw, 0, first);
        for (int i = first; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean special(char c) {
        return c == '&' || c == '<' || c == '>';
    }

    /** {@code raw} escaped and within {@code max} characters, cut at a word with a visible "…" if needed. */
    static String fit(String raw, int max) {
        String escaped = escape(raw);
        if (escaped.length() <= max) return escaped;
        int keep = Math.min(raw.length(), max);
        while (true) {
            escaped = escape(Limits.shorten(raw, Math.max(1, keep)));
            if (escaped.length() <= max || keep <= 1) return escaped;
            keep -= Math.max(1, escaped.length() - max);
        }
    }

    /**
     * Splits escaped text into pieces of at most {@code max} characters, at a line break or space where
     * one is near, never inside an entity such as {@code &amp;} or a surrogate pair.
     */
    static List<String> split(String escaped, int max) {
        List<String> out = new ArrayList<>();
        String rest = escaped;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
            if (cut < max / 2) cut = max;
            int amp = rest.lastIndexOf('&', cut - 1);
            if (amp >= 0 && cut - amp < 5 && rest.indexOf(';', amp) >= cut) cut = amp;
            if (Character.isLowSurrogate(rest.charAt(cut))) cut--;
            String piece = rest.substring(0, cut).stripTrailing();
            if (!piece.isEmpty()) out.add(piece);
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isBlank()) out.add(rest);
        return out;
    }
}
