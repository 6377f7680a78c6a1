package dev.careermentor.core.text;

import dev.careermentor.core.knowledge.model.Band;
import dev.careermentor.core.knowledge.model.Salary;

/** Formats pay the way people say it: $130K–$220K, $400K–$1M+. */
public final class Money {
    private Money() {}

    public static String amount(long value, String currency) {
        String prefix = "USD".equals(currency) ? "$" : currency + " ";
        if (value >= 1_000_000) return prefix + trim(value, 1_000_000) + "M";
        if (value >= 1_000) return prefix + trim(value, 1_000) + "K";
        return prefix + value;
    }

    /** value/unit to one decimal place, half up, without a trailing ".0": 1_500_000 / 1M is "1.5". */
    private static String trim(long value, long unit) {
        long tenths = (value * 10 + unit / 2) / unit;
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
    }

    public static String range(long min, long max, boolean openEnded, String currency) {
        String top = amount(max, currency) + (openEnded ? "+" : "");
        return min == max ? top : amount(min, currency) + "–" + top;
    }

    public static String band(Band band, String currency) {
        return range(band.min(), band.max(), band.openEnded(), currency)
                + (band.note() == null ? "" : " (" + band.note() + ")");
    }

    /** "US, USD, as of 2026" */
    public static String basis(Salary s) {
        return s.region() + ", " + s.currency() + ", as of " + s.asOf();
    }

    /** Both levels on one line with region, currency and as-of. */
    public static String salaryLine(Salary s) {
        return "Early career " + band(s.early(), s.currency()) + "; senior " + band(s.senior(), s.currency()) + " ("
                + basis(s) + ")";
    }
}
