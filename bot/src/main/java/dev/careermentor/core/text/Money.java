package dev.careermentor.core.text;

import dev.careermentor.core.knowledge.model.Band;
import dev.careermentor.core.knowledge.model.Salary;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats pay the way people say it: $130K–$220K, $400K–$1M+. */
public final class Money {
    private Money() {}

    public static String amount(long value, String currency) {
        String prefix = "USD".equals(currency) ? "$" : currency + " ";
        if (value >= 1_000_000) return prefix + trim(value, 1_000_000) + "M";
        if (value >= 1_000) return prefix + trim(value, 1_000) + "K";
        return prefix + value;
    }

    private static String trim(long value, long unit) {
        return BigDecimal.valueOf(value).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
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
        return "Early career " + band(s.early(), s.currency()) + "; senior " + band(s.senior(), s.currency())
                + " (" + basis(s) + ")";
    }
}
