package dev.careermentor.console;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text as the terminal prints it: control characters made visible, lines wrapped between words. */
public final class TerminalText {
    private TerminalText() {}

    /** The width used when the terminal does not say (piped output without COLUMNS). */
    public static final int DEFAULT_WIDTH = 80;

    /** A list marker at the start of a line: its continuation lines are indented past it. */
    private static final Pattern MARKER = Pattern.compile("^( *)((?:[\u2022*-]|\\d{1,3}[).]) +)?");

    /**
     * Makes control characters visible, so that nothing typed or quoted can move the cursor, change
     * colours or retitle the window: ESC as {@code \e}, the other C0 controls and DEL in caret notation
     * ({@code ^C}, {@code ^?}), C1 controls as {@code \}{@code u009B}. New lines and tabs stay.
     */
    public static String escapeControls(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = null;
            if (c == 0x1B) replacement = "\\e";
            else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) replacement = "^" + (char) (c ^ 0x40);
            else if (c >= 0x80 && c <= 0x9F) replacement = String.format("\\u%04X", (int) c);
            if (replacement != null && out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (out != null) {
                if (replacement != null) out.append(replacement);
                else out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * Wraps every line longer than {@code width} at spaces. A word is broken only when it is longer than
     * a whole line. Continuation lines keep the line's indentation and, for list items ("• ", "- ",
     * "2) "), line up with the item's text.
     */
    public static String wrap(String text, int width) {
        if (width < 10) width = 10;
        StringBuilder out = new StringBuilder(text.length() + text.length() / width * 8);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            wrapLine(stripTrailing(lines[i]), width, out);
        }
        return out.toString();
    }

    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') end--;
        return line.substring(0, end);
    }

    private static void wrapLine(String line, int width, StringBuilder out) {
        if (columns(line) <= width) {
            out.append(line);
            return;
        }
        Matcher m = MARKER.matcher(line);
        int hang = m.lookingAt() ? m.end() : 0;
        if (hang > width / 2) hang = Math.min(m.end(1), width / 2);
        String indent = " ".repeat(hang);
        // The leading indentation and marker stay with the first word.
        String lead = line.substring(0, m.lookingAt() ? m.end() : 0);
        out.append(lead);
        int used = columns(lead); // columns on the current output line
        int pos = lead.length();
        boolean lineHasWord = false;
        while (pos < line.length()) {
            int spaceEnd = pos;
            while (spaceEnd < line.length() && line.charAt(spaceEnd) == ' ') spaceEnd++;
            int wordEnd = spaceEnd;
            while (wordEnd < line.length() && line.charAt(wordEnd) != ' ') wordEnd++;
            if (spaceEnd == wordEnd) break; // only trailing spaces left
            String spaces = line.substring(pos, spaceEnd);
            String word = line.substring(spaceEnd, wordEnd);
            int wordCols = columns(word);
            if (lineHasWord && used + spaces.length() + wordCols > width) {
                out.append('\n').append(indent);
                used = hang;
                spaces = "";
            }
            out.append(spaces);
            used += spaces.length();
            // A word longer than the room left on an otherwise empty line is broken where the line ends.
            while (used + columns(word) > width && used < width) {
                int room = width - used;
                int cut = word.offsetByCodePoints(0, Math.min(room, word.codePointCount(0, word.length())));
                out.append(word, 0, cut).append('\n').append(indent);
                used = hang;
                word = word.substring(cut);
            }
            out.append(word);
            used += columns(word);
            lineHasWord = true;
            pos = wordEnd;
        }
    }

    /** Columns a string takes: one per code point (wide characters are rare in the knowledge). */
    private static int columns(String s) {
        return s.codePointCount(0, s.length());
    }
}
