package dev.careermentor.core.admin;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Parses an optional whole-number argument. */
final class Numbers {
    private Numbers() {}

    /** The number, {@code fallback} when absent, or empty when it is not a whole number in range. */
    static Optional<Integer> parse(@Nullable String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) return Optional.of(fallback);
        try {
            int n = Integer.parseInt(text.strip());
            return n < min || n > max ? Optional.empty() : Optional.of(n);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
