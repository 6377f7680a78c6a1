package dev.careermentor.discord;

import dev.careermentor.core.reply.TextSplitter;
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

    /** Text for embeds, cut and fitted to Discord's limits after escaping (see {@link TextSplitter}). */
    static final TextSplitter MARKDOWN = new TextSplitter(DiscordText::markdown);

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
}
