package dev.careermentor.core.knowledge.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date only as precise as its source: a year, a month, or a day. "Salary range (US, 2026)" is
 * as of 2026, not as of 1 January 2026, so the knowledge keeps the precision it was given.
 *
 * @param month 0 when only the year is known
 * @param day 0 when only the year or month is known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    public static final String PATTERN = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";
    private static final Pattern REGEX = Pattern.compile(PATTERN);

    public PartialDate {
        if (month == 0 && day != 0) throw new IllegalArgumentException("a day needs a month");
        start(year, month, day); // validates
    }

    /** Parses "2026", "2026-01" or "2026-01-06"; null when the text is not such a date. */
    public static @Nullable PartialDate tryParse(String text) {
        Matcher m = REGEX.matcher(text.strip());
        if (!m.matches()) return null;
        String[] parts = text.strip().split("-", -1); // the regex above rules out empty parts
        try {
            int year = Integer.parseInt(parts[0]);
            int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
            if (year < 1900) return null;
            return new PartialDate(year, month, day);
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    @JsonCreator
    public static PartialDate parse(String text) {
        PartialDate date = tryParse(text);
        if (date == null) {
            throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + text);
        }
        return date;
    }

    private static LocalDate start(int year, int month, int day) {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The first day the date covers; staleness is measured from here, the conservative end. */
    public LocalDate start() {
        return start(year, month, day);
    }

    /** True when more than {@code months} months have passed since the start of this date. */
    public boolean olderThan(int months, LocalDate today) {
        return start().plusMonths(months).isBefore(today);
    }

    /** "2026", "2026-01" or "2026-01-06". Built by hand: every cited fact prints its date. */
    @JsonValue
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(10).append(year);
        if (month != 0) sb.append(month < 10 ? "-0" : "-").append(month);
        if (day != 0) sb.append(day < 10 ? "-0" : "-").append(day);
        return sb.toString();
    }

    @Override
    public int compareTo(PartialDate o) {
        return start().compareTo(o.start());
    }
}
