package dev.careermentor.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fixtures;
import dev.careermentor.core.knowledge.model.Band;
import dev.careermentor.core.knowledge.model.Role;
import dev.careermentor.core.knowledge.model.Salary;
import dev.careermentor.core.knowledge.model.Specialization;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every salary figure in the seed articles, stated here as the articles give them, checked against the
 * loaded knowledge. A moderator edit that changes a figure makes this fail until the test is updated
 * with the new source: that is the point.
 */
class SeedFiguresTest {

    /** "Salary range (US, 2026): $130-220K early career; $200-400K senior." and so on, per specialization. */
    record Range(String spec, long earlyMin, long earlyMax, long seniorMin, long seniorMax, boolean seniorOpen) {}

    static Stream<Range> specializationRanges() {
        return Stream.of(
                new Range("applied-llm", 130_000, 220_000, 200_000, 400_000, false),
                new Range("inference-serving", 180_000, 280_000, 300_000, 600_000, false),
                new Range("fine-tuning", 180_000, 300_000, 300_000, 500_000, false),
                new Range("mlops", 160_000, 260_000, 250_000, 450_000, false),
                new Range("ml-research", 200_000, 400_000, 400_000, 1_000_000, true), // "$400-1M+ senior"
                new Range("safety-eval", 180_000, 300_000, 300_000, 500_000, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specializationRanges")
    void specializationSalariesMatchTheSeed(Range expected) {
        Specialization s = Fixtures.real().specializations().byId(expected.spec());
        Salary pay = s.salary();
        assertEquals("US", pay.region());
        assertEquals("USD", pay.currency());
        assertEquals("2026", pay.asOf().toString());
        assertBand(pay.early(), expected.earlyMin(), expected.earlyMax(), false);
        assertBand(pay.senior(), expected.seniorMin(), expected.seniorMax(), expected.seniorOpen());
    }

    @Test
    void researchSeniorPayIsAtFrontierLabs() {
        Salary pay = Fixtures.real().specializations().byId("ml-research").salary();
        String note = (pay.note() == null ? "" : pay.note())
                + (pay.senior().note() == null ? "" : pay.senior().note());
        assertTrue(note.toLowerCase(Locale.ROOT).contains("frontier lab"), note);
    }

    @Test
    void llmEngineerPayByEmployerTypeMatchesTheSeed() {
        // "Mid-level LLM Engineer salary $160K-$210K base", "FAANG total comp $200K-$350K+",
        // "Frontier lab total comp $250K-$450K+ for experienced LLM engineers".
        Role.Pay pay = Fixtures.real().data().role().pay();
        assertEquals("USD", pay.currency());
        List<Role.Figure> f = pay.figures();
        assertEquals(3, f.size());
        assertFigure(f.get(0), "base", 160_000, 210_000, false);
        assertFigure(f.get(1), "total comp", 200_000, 350_000, true);
        assertTrue(f.get(1).employer().contains("FAANG"));
        assertFigure(f.get(2), "total comp", 250_000, 450_000, true);
        assertTrue(f.get(2).employer().toLowerCase(Locale.ROOT).contains("frontier"));
    }

    @Test
    void otherPayFiguresAreStated() {
        String notes = String.join(" ", Fixtures.real().data().role().pay().notes());
        assertTrue(notes.contains("40-60%"), "fine-tuning/RLHF premium");
        assertTrue(notes.contains("9.2%"), "2025 raise for mid-level AI engineers");
    }

    @Test
    void theTaskSplitMatchesTheSeed() {
        List<Integer> percents = Fixtures.real().data().role().tasks().stream()
                .map(Role.Task::percent)
                .toList();
        assertEquals(List.of(15, 25, 20, 15, 10, 10, 5), percents);
    }

    @Test
    void switchingCostsTwoToThreeMonths() {
        var months = Fixtures.real().data().switching().costMonths();
        assertEquals(2, months.min());
        assertEquals(3, months.max());
    }

    private static void assertBand(Band b, long min, long max, boolean open) {
        assertEquals(min, b.min(), "min");
        assertEquals(max, b.max(), "max");
        assertEquals(open, b.openEnded(), "open-ended");
    }

    private static void assertFigure(Role.Figure f, String basis, long min, long max, boolean open) {
        String b = f.basis().toLowerCase(Locale.ROOT).replace("compensation", "comp");
        assertTrue(b.contains(basis), f.basis());
        assertEquals(min, f.min());
        assertEquals(max, f.max());
        assertEquals(open, f.openEnded());
    }
}
