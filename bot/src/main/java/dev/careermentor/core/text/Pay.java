package dev.careermentor.core.text;

import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
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
        return label(level, Lang.EN);
    }

    /** "Early career" or "Senior" in {@code lang}. */
    public static String label(Salary.Level level, Lang lang) {
        return Msg.get(lang, level == Salary.Level.EARLY ? "pay.label.early" : "pay.label.senior");
    }

    /** "$300K–$600K" or "$400K–$1M+ (at frontier labs)". */
    public static String band(Salary s, Salary.Level level) {
        return Money.band(s.band(level), s.currency());
    }

    /** "Senior: $300K–$600K". */
    public static String line(Salary s, Salary.Level level) {
        return line(s, level, Lang.EN);
    }

    public static String line(Salary s, Salary.Level level, Lang lang) {
        return Msg.get(lang, "pay.line", label(level, lang), band(s, level));
    }

    /** "Early career: $130K–$220K\nSenior: $200K–$400K". */
    public static String levels(Salary s) {
        return levels(s, Lang.EN);
    }

    public static String levels(Salary s, Lang lang) {
        return line(s, Salary.Level.EARLY, lang) + "\n" + line(s, Salary.Level.SENIOR, lang);
    }

    /** Both levels, then the block's note when it has one. */
    public static String levelsWithNote(Salary s) {
        return levelsWithNote(s, Lang.EN);
    }

    public static String levelsWithNote(Salary s, Lang lang) {
        return levels(s, lang) + (s.note() == null ? "" : "\n" + s.note());
    }

    /** "Early career: $130K–$220K → $180K–$280K\nSenior: ... → ...". */
    public static String change(Salary from, Salary to) {
        return change(from, to, Lang.EN);
    }

    public static String change(Salary from, Salary to, Lang lang) {
        StringJoiner lines = new StringJoiner("\n");
        for (Salary.Level level : Salary.Level.values()) {
            lines.add(Msg.get(lang, "pay.line", label(level, lang), band(from, level) + " \u2192 " + band(to, level)));
        }
        return lines.toString();
    }

    /** "US, USD, as of 2026". */
    public static String basis(Salary s) {
        return basis(s, Lang.EN);
    }

    public static String basis(Salary s, Lang lang) {
        return Msg.get(lang, "pay.basis", s.region(), s.currency(), s.asOf().toString());
    }

    /** "US, USD, as of 2026" for the role's pay. */
    public static String basis(Role.Pay pay) {
        return basis(pay, Lang.EN);
    }

    public static String basis(Role.Pay pay, Lang lang) {
        return Msg.get(
                lang, "pay.basis", pay.region(), pay.currency(), pay.asOf().toString());
    }

    /** "$200K–$350K+". */
    public static String range(Role.Pay pay, Role.Figure f) {
        return Money.range(f.min(), f.max(), f.openEnded(), pay.currency());
    }

    /** "FAANG (total compensation): $200K–$350K+". */
    public static String figure(Role.Pay pay, Role.Figure f) {
        return figure(pay, f, Lang.EN);
    }

    public static String figure(Role.Pay pay, Role.Figure f, Lang lang) {
        return Msg.get(lang, "pay.figure", f.employer(), f.basis(), range(pay, f));
    }

    /** Every figure of the role's pay, one per line. */
    public static String figures(Role.Pay pay) {
        return figures(pay, Lang.EN);
    }

    public static String figures(Role.Pay pay, Lang lang) {
        StringJoiner lines = new StringJoiner("\n");
        for (Role.Figure f : pay.figures()) lines.add(figure(pay, f, lang));
        return lines.toString();
    }
}
