package dev.careermentor.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fixtures;
import dev.careermentor.TestBot;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evaluation runner scores what the bot really answers: a wrong expectation is a miss, with why. */
class EvalRunTest {
    private static EvalRun.Report run(String yaml) {
        EvalSet.Result set = EvalSet.load("test-eval.yaml", yaml.getBytes(StandardCharsets.UTF_8), Fixtures.real());
        assertTrue(set.ok(), set.problems().toString());
        return EvalRun.run(TestBot.real().mentor(), set.file());
    }

    private static final String HEAD = "format: 1\ncases:\n";

    @Test
    void rightExpectationsPassAndWrongOnesAreMissesThatSayWhy() {
        EvalRun.Report r = run(HEAD + """
                  - id: right
                    q: "how much do senior serving engineers make"
                    category: pay
                    lang: en
                    expect:
                      entries: [inference-serving]
                      direct: ["$300K–$600K"]
                      not_contains: ["$400K–$1M+"]
                  - id: wrong-figure
                    q: "how much do senior serving engineers make"
                    category: pay
                    lang: en
                    expect:
                      direct: ["$400K–$1M+"]
                  - id: wrong-entry
                    q: "how much do senior serving engineers make"
                    category: pay
                    lang: en
                    expect:
                      entries: [ml-research]
                  - id: forbidden
                    q: "how much do senior serving engineers make"
                    category: pay
                    lang: en
                    expect:
                      entries: [inference-serving]
                      not_contains: ["$300K–$600K"]
                """);
        Map<String, List<String>> failures = new java.util.HashMap<>();
        for (EvalRun.Outcome o : r.outcomes()) failures.put(o.c().id(), o.failures());
        assertEquals(List.of(), failures.get("right"));
        assertEquals(List.of("lead lacks “$400K–$1M+”"), failures.get("wrong-figure"));
        assertTrue(failures.get("wrong-entry").get(0).startsWith("does not cite entry ml-research"));
        assertEquals(List.of("answer holds “$300K–$600K”, which it must not"), failures.get("forbidden"));
        assertEquals(new EvalRun.Score(1, 4), r.overall());
        assertFalse(r.belowBar().isEmpty(), "1 of 4 is below the bar");
        assertTrue(EvalRun.misses(r).contains("MISS wrong-figure [pay]"), EvalRun.misses(r));
    }

    @Test
    void honestAnswersAreRequiredWhereTheSourcesAreSilentAndRefusedWhereTheyAreNot() {
        EvalRun.Report r = run(HEAD + """
                  - id: silent
                    q: "what's the capital of France?"
                    category: not-covered
                    lang: en
                    expect:
                      honest: true
                  - id: covered-but-expected-silent
                    q: "what skills does a serving engineer need"
                    category: not-covered
                    lang: en
                    expect:
                      honest: true
                  - id: hello
                    q: "hi there"
                    category: smalltalk
                    lang: en
                    expect:
                      smalltalk: true
                """);
        assertEquals(new EvalRun.Score(1, 2), r.honest());
        assertTrue(r.misses().stream()
                .anyMatch(o -> o.c().id().equals("covered-but-expected-silent")
                        && o.failures().contains("should say plainly that the sources do not cover it")));
        assertTrue(r.outcomes().stream().anyMatch(o -> o.c().id().equals("hello") && o.passed()));
        assertTrue(
                r.belowBar().stream().anyMatch(l -> l.startsWith("only") && l.contains("1/2")),
                r.belowBar().toString());
    }

    @Test
    void anUnknownEntryIdIsAProblemWithItsLineAndASuggestion() {
        EvalSet.Result set =
                EvalSet.load("test-eval.yaml", (HEAD + """
                          - id: typo
                            q: "serving pay"
                            category: pay
                            lang: en
                            expect:
                              entries: [inference-servng]
                        """).getBytes(StandardCharsets.UTF_8), Fixtures.real());
        assertFalse(set.ok());
        String p = set.problems().get(0).toString();
        assertTrue(p.startsWith("test-eval.yaml:8:"), p);
        assertTrue(p.contains("did you mean 'inference-serving'"), p);
    }
}
