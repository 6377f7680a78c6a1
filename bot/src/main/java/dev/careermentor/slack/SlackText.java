package dev.careermentor.slack;

import dev.careermentor.core.reply.TextSplitter;

/**
 * Plain text made safe for Slack text objects. Slack reads {@code &}, {@code <} and {@code >} as control
 * characters ({@code <!channel>}, {@code <@U123>}, {@code <url|label>}), so every piece of reply text
 * passes through {@link #escape} and nothing a user typed or a moderator wrote can ping a channel or forge
 * a link. Cutting to Slack's limits is {@link #TEXT}'s job: it measures the escaped text, which is what
 * Slack counts, and never cuts an entity in half.
 */
final class SlackText {
    private SlackText() {}

    /**
     * Reply text cut and fitted for Slack. Escaping is character by character and leaves mrkdwn's
     * {@code *} and line breaks alone, so markup around raw text survives it and escaped pieces can be
     * joined again.
     */
    static final TextSplitter TEXT = new TextSplitter(SlackText::escape);

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
}
