package dev.careermentor.core.text;

import dev.careermentor.core.knowledge.model.Role;
import dev.careermentor.core.knowledge.model.Salary;
import java.util.StringJoiner;

/**
 * Every way an answer shows pay, in one place: a specialization's early and senior bands, one level, a
 * switch's before and after, and the LLM-engineer role's figures by employer type. Each figure keeps the
 * region, currency and as-of of the block it comes from ({@link #basis}), so no answer can show a number
 * without them.
 */
public final class Pay {
    private Pay() {}

    /** "Early career" or "Senior". */
    public static String label(Salary.Level level) {
        return level == Salary.Level.EARLY ? "Early career" : "Senior";
    }

    /** "$300K–$600K" or "$400K–$1M+ (at frontier labs)". */
    public static String band(Salary s, Salary.Level level) {
        return Money.band(s.band(level), s.currency());
    }

    /** "Senior: $300K–$600K". */
    public static String line(Salary s, Salary.Level level) {
        return label(level) + ": " + band(s, level);
    }

    /** "Early career: $130K–$220K\nSenior: $200K–$400K". */
    public static String levels(Salary s) {
        return line(s, Salary.Level.EARLY) + "\n" + line(s, Salary.Level.SENIOR);
    }

    /** Both levels, then the block's note when it has one. */
    public static String levelsWithNote(Salary s) {
        return levels(s) + (s.note() == null ? "" : "\n" + s.note());
    }

    /** "Early career: $130K–$220K → $180K–$280K\nSenior: ... → ...". */
    public static String change(Salary from, Salary to) {
        return label(Salary.Level.EARLY) + ": " + band(from, Salary.Level.EARLY) + " \u2192 "
                + band(to, Salary.Level.EARLY) + "\n" + label(Salary.Level.SENIOR) + ": "
                + band(from, Salary.Level.SENIOR) + " \u2192 " + band(to, Salary.Level.SENIOR);
    }

    /** "US, USD, as of 2026". */
    public static String basis(Salary s) {
        return Money.basis(s);
    }

    /** "US, USD, as of 2026" for the role's pay. */
    public static String basis(Role.Pay pay) {
        return pay.region() + ", " + pay.currency() + ", as of " + pay.asOf();
    }

    /** "$200K–$350K+". */
    public static String range(Role.Pay pay, Role.Figure f) {
        return Money.range(f.min(), f.max(), f.openEnded(), pay.currency());
    }

    /** "FAANG (total compensation): $200K–$350K+". */
    public static String figure(Role.Pay pay, Role.Figure f) {
        return f.employer() + " (" + f.basis() + "): " + range(pay, f);
    }

    /** Every figure of the role's pay, one per line. */
    public static String figures(Role.Pay pay) {
        StringJoiner lines = new StringJoiner("\n");
        for (Role.Figure f : pay.figures()) lines.add(figure(pay, f));
        return lines.toString();
    }
}
