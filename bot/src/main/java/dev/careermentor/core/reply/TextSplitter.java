package dev.careermentor.core.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The one way text is cut to fit a surface's limits. A surface brings its escaper, what raw text becomes
 * there (Slack's {@code &}, {@code <} and {@code >} entities, Discord's markdown escapes, nothing for
 * plain text), and each call brings the limit. The splitter always cuts the <em>raw</em> text and then
 * escapes each piece, so an escape is never separated from the character it protects, and it measures
 * the escaped piece, which is what the platform counts.
 *
 * <p>Cuts fall at a line break where one is in the last three quarters of the room, else at a space in
 * the last half, else at the limit; never inside a surrogate pair. Pieces are stripped where they were
 * cut, and blank pieces are dropped: no platform shows an empty section or field.
 */
public final class TextSplitter {
    /** Text shown as it is: the core's own fields, the terminal. */
    public static final TextSplitter PLAIN = new TextSplitter(UnaryOperator.identity());

    /** One piece of a cut text: as the core wrote it, and as the surface shows it. */
    public record Piece(String raw, String escaped) {}

    private final UnaryOperator<String> escaper;

    /**
     * @param escaper makes raw text safe on the surface; it may only add characters (an escape never
     *     shortens text), which is what lets the splitter search from the limit down
     */
    public TextSplitter(UnaryOperator<String> escaper) {
        this.escaper = escaper;
    }

    /** {@code raw} as the surface shows it. */
    public String escape(String raw) {
        return escaper.apply(raw);
    }

    /** {@code raw} cut into pieces whose escaped forms are at most {@code max} characters each. */
    public List<Piece> cut(String raw, int max) {
        if (max < 1) throw new IllegalArgumentException("a limit of at least 1 is needed, was " + max);
        List<Piece> out = new ArrayList<>();
        String rest = raw;
        while (!rest.isEmpty()) {
            String escaped = escaper.apply(rest);
            if (escaped.length() <= max) {
                if (!rest.isBlank()) out.add(new Piece(rest, escaped));
                break;
            }
            int window = Math.min(rest.length(), max);
            while (true) {
                int cut = breakAt(rest, window);
                String piece = rest.substring(0, cut).stripTrailing();
                String escapedPiece = escaper.apply(piece);
                // A single character that does not fit even alone is taken as it is: only a limit
                // smaller than one escape could cause that, and looping would never end.
                if (escapedPiece.length() <= max || cut <= Character.charCount(rest.codePointAt(0))) {
                    if (!piece.isBlank()) out.add(new Piece(piece, escapedPiece));
                    rest = rest.substring(cut).stripLeading();
                    break;
                }
                // Escaping made it too long: look again in a window shrunk by the escaping's growth.
                window = Math.max(1, Math.min(window - 1, (int) ((long) window * max / escapedPiece.length())));
            }
        }
        return out;
    }

    /** {@code raw} cut into escaped pieces of at most {@code max} characters each. */
    public List<String> split(String raw, int max) {
        List<String> out = new ArrayList<>();
        for (Piece p : cut(raw, max)) out.add(p.escaped());
        return out;
    }

    /** {@code raw} escaped and within {@code max} characters, shortened at a word with a visible "…" if needed. */
    public String fit(String raw, int max) {
        String escaped = escaper.apply(raw);
        if (escaped.length() <= max) return escaped;
        int keep = Math.min(raw.length(), max);
        while (true) {
            escaped = escaper.apply(Limits.shorten(raw, keep));
            if (escaped.length() <= max || keep <= 1) return escaped;
            keep = Math.max(1, Math.min(keep - 1, (int) ((long) keep * max / escaped.length())));
        }
    }

    /** Where to cut the first {@code window} characters of {@code s}: always at least one whole character in. */
    private static int breakAt(String s, int window) {
        int cut = s.lastIndexOf('\n', window);
        if (cut < Math.max(1, window / 4)) cut = s.lastIndexOf(' ', window);
        if (cut < Math.max(1, window / 2)) cut = window;
        if (cut < s.length() && Character.isLowSurrogate(s.charAt(cut)) && Character.isHighSurrogate(s.charAt(cut - 1)))
            cut--;
        return cut == 0 ? Character.charCount(s.codePointAt(0)) : cut;
    }
}
