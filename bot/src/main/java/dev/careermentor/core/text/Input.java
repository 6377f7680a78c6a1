package dev.careermentor.core.text;

/** Cleans what people type before it is parsed: no invisible characters, single spaces. */
public final class Input {
    private Input() {}

    /** The longest input the grammar accepts; more is refused, not truncated, so nothing is silently lost. */
    public static final int MAX_LENGTH = 500;

    /**
     * Removes control, format (zero-width, bidi override) and private-use characters, turns any run of
     * whitespace into one space, and trims.
     */
    public static String clean(String raw) {
        if (raw == null) return "";
        StringBuilder out = new StringBuilder(Math.min(raw.length(), 4 * MAX_LENGTH));
        boolean space = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE
                    || type == Character.UNASSIGNED) {
                continue;
            }
            if (space) out.append(' ');
            space = false;
            out.appendCodePoint(cp);
            if (out.length() > 4 * MAX_LENGTH) break; // enough to know it is too long
        }
        return out.toString();
    }
}
