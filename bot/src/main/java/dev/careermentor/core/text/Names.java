package dev.careermentor.core.text;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: case, accents, punctuation, hyphens and invisible characters do not count. */
public final class Names {
    private Names() {}

    /** "Fine-Tuning", "fine tuning" and "FINE_TUNING\u200B" all normalise to "fine tuning". */
    public static String normalize(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = true; // suppress leading spaces
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.FORMAT
                    || type == Character.CONTROL && !Character.isWhitespace(cp)) {
                continue; // accents, zero-width and bidi marks, control characters
            }
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(Character.toLowerCase(cp));
                space = false;
            } else if (cp == '+' || cp == '#') {
                out.appendCodePoint(cp); // keep "c++" and "c#" distinct from "c"
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') out.setLength(len - 1);
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
