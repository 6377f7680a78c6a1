package dev.careermentor.core.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fixtures;
import dev.careermentor.TestBot;
import org.junit.jupiter.api.Test;

/**
 * The evaluation set in knowledge/eval.yaml, run against the shipped knowledge as {@code eval} runs it:
 * the build fails when overall accuracy, any category or any question the sources do not cover falls
 * below the bar, and prints every miss.
 */
class ShippedEvalTest {
    @Test
    void theShippedEvaluationSetMeetsTheBar() {
        EvalSet.Result set = EvalSet.load(Fixtures.knowledgeDir().resolve(EvalSet.FILE_NAME), Fixtures.real());
        assertTrue(set.ok(), "knowledge/eval.yaml is invalid: " + set.problems());
        assertTrue(set.file().cases().size() >= 300, "at least 300 questions");

        EvalRun.Report report = EvalRun.run(TestBot.real().mentor(), set.file());

        System.out.print(EvalRun.format(report));
        assertTrue(
                report.belowBar().isEmpty(),
                String.join("\n", report.belowBar()) + "\n" + EvalRun.format(report) + EvalRun.misses(report));
    }
}
