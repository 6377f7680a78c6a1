package dev.careermentor.core.command;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Salary;
import dev.careermentor.core.knowledge.model.Vocabulary;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The words that name a career level. */
public final class Levels {
    private Levels() {}

    /**
     * EARLY, SENIOR, or null when the word is not a level: early and senior themselves, and the words the
     * knowledge's vocabulary gives for them (junior, new grad, 应届; staff, principal, 资深).
     */
    public static Salary.@Nullable Level parse(Knowledge k, @Nullable String word) {
        if (word == null) return null;
        String w = word.strip().toLowerCase(Locale.ROOT).replace('-', ' ');
        switch (w) {
            case "early", "early career", "entry", "junior", "jr":
                return Salary.Level.EARLY;
            case "senior", "sr":
                return Salary.Level.SENIOR;
            default:
                break;
        }
        Vocabulary v = k.data().vocabulary();
        boolean early = v.words(Vocabulary.Cue.EARLY).stream()
                .anyMatch(e -> e.toLowerCase(Locale.ROOT).equals(w));
        boolean senior = v.words(Vocabulary.Cue.SENIOR).stream()
                .anyMatch(e -> e.toLowerCase(Locale.ROOT).equals(w));
        return early == senior ? null : early ? Salary.Level.EARLY : Salary.Level.SENIOR;
    }

    public static String label(Salary.Level level) {
        return dev.careermentor.core.text.Pay.label(level);
    }

    public static String word(Salary.Level level) {
        return level == Salary.Level.EARLY ? "early" : "senior";
    }
}
