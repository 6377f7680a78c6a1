package dev.careermentor.core.admin;

/** Parses an optional whole-number argument. */
final class Numbers {
    private Numbers() {}

    /** The number, {@code fallback} when absent, or null when it is not a whole number in range. */
    static Integer parse(String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(text.strip());
            return n < min || n > max ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
