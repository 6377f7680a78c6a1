package dev.careermentor.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsReadTheWayPeopleSayThem() {
        assertEquals("$130K", Money.amount(130_000, "USD"));
        assertEquals("$1M", Money.amount(1_000_000, "USD"));
        assertEquals("$1.5M", Money.amount(1_500_000, "USD"));
        assertEquals("$5.5K", Money.amount(5_500, "USD"));
        assertEquals("$1.3K", Money.amount(1_250, "USD"), "half up");
        assertEquals("$999", Money.amount(999, "USD"));
        assertEquals("$0", Money.amount(0, "USD"));
        assertEquals("EUR 35M", Money.amount(35_000_000, "EUR"));
    }

    @Test
    void rangesShowAnOpenTopAndCollapseEqualEnds() {
        assertEquals("$400K–$1M+", Money.range(400_000, 1_000_000, true, "USD"));
        assertEquals("$130K–$220K", Money.range(130_000, 220_000, false, "USD"));
        assertEquals("$200K", Money.range(200_000, 200_000, false, "USD"));
    }
}
