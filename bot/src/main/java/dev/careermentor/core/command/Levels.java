package dev.careermentor.core.command;

import dev.careermentor.core.knowledge.model.Salary;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The words that name a career level. */
public final class Levels {
    private Levels() {}

    /** EARLY, SENIOR, or null when the word is not a level. */
    public static Salary.@Nullable Level parse(@Nullable String word) {
        if (word == null) return null;
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "early", "early-career", "entry", "junior", "jr" -> Salary.Level.EARLY;
            case "senior", "sr" -> Salary.Level.SENIOR;
            default -> null;
        };
    }

    public static String label(Salary.Level level) {
        return dev.careermentor.core.text.Pay.label(level);
    }

    public static String word(Salary.Level level) {
        return level == Salary.Level.EARLY ? "early" : "senior";
    }
}
