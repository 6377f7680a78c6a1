package dev.careermentor.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every validation rule, each with its own broken fixture: the minimal valid file with one edit.
 * Each case states the line the problem must point at and words its message must contain.
 */
class ValidationRulesTest {

    @SuppressWarnings("ArrayRecordComponent") // varargs keep the table of cases readable; never compared
    record Broken(String rule, String find, String replace, int line, String... expected) {
        @Override
        public String toString() {
            return rule;
        }
    }

    private static final String EDUCATION_QUESTION = """
                - id: education
                  text: "Your education?"
                  source: src-one
                  options:
                    - label: "Bachelor's"
                      weights: { applied-llm: 1, inference-serving: 1 }
                      why: "Both are open."
                    - label: "PhD"
                      weights: { inference-serving: 1 }
                      why: "Depth."
            """;

    private static final String UNWEIGHTED_SPECIALIZATION = """
              - id: mlops
                name: "MLOps engineer"
                summary: "Platforms."
                day_to_day: ["Pipelines"]
                skills: ["Kubernetes"]
                hiring: "Consistent."
                break_in: ["Build a stack."]
                salary:
                  region: "US"
                  currency: "USD"
                  as_of: "2026"
                  early: { min: 160000, max: 260000 }
                  senior: { min: 250000, max: 450000 }
                source: src-one
                as_of: "2026"
            """;

    static Stream<Broken> cases() {
        String longText = "word ".repeat(220).strip();
        String option = "        - label: \"%s\"\n          weights: { applied-llm: 1 }\n          why: \"x\"\n";
        return Stream.of(
                new Broken(
                        "syntax error",
                        "    hiring: \"Hires the most.\"",
                        "    hiring: \"Hires the most.\"\n   skills: [broken",
                        42,
                        "this line is indented less than the line above it"),
                new Broken(
                        "unknown field",
                        "    aliases: [\"applied\", \"rag\"]",
                        "    aliasses: [\"applied\", \"rag\"]",
                        37,
                        "unknown field 'aliasses'",
                        "did you mean 'aliases'"),
                new Broken(
                        "missing field",
                        "    hiring: \"Hires the most.\"\n",
                        "",
                        35,
                        "missing field 'hiring' in specialization"),
                new Broken(
                        "wrong type: text for a number",
                        "early: { min: 130000, max: 220000 }",
                        "early: { min: \"130K\", max: 220000 }",
                        47,
                        "expected a whole number",
                        "130000"),
                new Broken(
                        "wrong type: text for a list",
                        "    skills: [\"Python\"]",
                        "    skills: \"Python\"",
                        40,
                        "expected a list"),
                new Broken(
                        "wrong type: number for text",
                        "    summary: \"Make models fast.\"",
                        "    summary: 42",
                        54,
                        "expected text",
                        "quotes"),
                new Broken(
                        "duplicate id",
                        "  - id: inference-serving\n",
                        "  - id: applied-llm\n",
                        51,
                        "'applied-llm' is already the id of another entry"),
                new Broken(
                        "duplicate alias across entries",
                        "aliases: [\"serving\", \"inference\"]",
                        "aliases: [\"serving\", \"RAG\"]",
                        53,
                        "'RAG' already names 'applied-llm'"),
                new Broken(
                        "duplicate alias in one entry",
                        "aliases: [\"applied\", \"rag\"]",
                        "aliases: [\"applied\", \"rag\", \"Applied\"]",
                        37,
                        "listed twice"),
                new Broken(
                        "duplicate key",
                        "    summary: \"Make models fast.\"\n",
                        "    summary: \"Make models fast.\"\n    summary: \"Again.\"\n",
                        55,
                        "duplicate key 'summary'"),
                new Broken(
                        "unknown specialization in quiz weights",
                        "weights: { applied-llm: 3 }",
                        "weights: { aplied-llm: 3 }",
                        159,
                        "'aplied-llm' is not a specialization id",
                        "did you mean 'applied-llm'"),
                new Broken(
                        "unknown specialization in a switch",
                        "      to: inference-serving",
                        "      to: serving-x",
                        85,
                        "'serving-x' is not a known specialization id"),
                new Broken(
                        "unknown origin of a switch",
                        "    - from: applied-llm",
                        "    - from: frontend",
                        84,
                        "'frontend' is not a known specialization or background id"),
                new Broken(
                        "unknown specialization in a background",
                        "suggests: [inference-serving]",
                        "suggests: [mlops]",
                        72,
                        "'mlops' is not a known specialization id"),
                new Broken(
                        "unknown source",
                        "    source: src-one\n    as_of: \"2026-01-06\"",
                        "    source: src-two\n    as_of: \"2026-01-06\"",
                        124,
                        "'src-two' is not a known source id",
                        "did you mean 'src-one'"),
                new Broken(
                        "salary min greater than max",
                        "early: { min: 130000, max: 220000 }",
                        "early: { min: 330000, max: 220000 }",
                        47,
                        "min 330,000 is greater than max 220,000"),
                new Broken(
                        "pay figure min greater than max",
                        "        min: 160000",
                        "        min: 260000",
                        112,
                        "min 260,000 is greater than max 210,000"),
                new Broken(
                        "months min greater than max",
                        "cost_months: { min: 2, max: 3 }",
                        "cost_months: { min: 4, max: 3 }",
                        81,
                        "min 4 is greater than max 3"),
                new Broken(
                        "missing as-of",
                        "    source: src-one\n    as_of: \"2026-01-06\"\n",
                        "    source: src-one\n",
                        118,
                        "missing field 'as_of'"),
                new Broken(
                        "missing source",
                        "    source: src-one\n    as_of: \"2026-01-06\"\n",
                        "    as_of: \"2026-01-06\"\n",
                        118,
                        "missing field 'source'"),
                new Broken(
                        "not a date",
                        "    as_of: \"2026-01-06\"",
                        "    as_of: \"2026-13-01\"",
                        125,
                        "'2026-13-01' is not a date"),
                new Broken(
                        "date in the future",
                        "    as_of: \"2026-01-06\"",
                        "    as_of: \"2027-01\"",
                        125,
                        "is in the future"),
                new Broken(
                        "text too long for a Discord embed field",
                        "    hiring: \"Hires the most.\"",
                        "    hiring: \"" + longText + "\"",
                        41,
                        "text is 1,099 characters; the limit is 1,024"),
                new Broken(
                        "button label too long",
                        "        - label: \"Frontend\"",
                        "        - label: \"" + "x".repeat(80) + "\"",
                        158,
                        "the limit is 75"),
                new Broken(
                        "control character",
                        "    hiring: \"Hires the most.\"",
                        "    hiring: \"Hires \\u0007 the most.\"",
                        41,
                        "control character U+0007"),
                new Broken(
                        "quiz question with one option",
                        "        - label: \"PhD\"\n          weights: { inference-serving: 1 }\n          why: \"Depth.\"\n",
                        "",
                        188,
                        "has 1 options; at least 2"),
                new Broken(
                        "quiz question with six options",
                        "        - label: \"PhD\"",
                        option.formatted("O1") + option.formatted("O2") + option.formatted("O3")
                                + option.formatted("O4") + "        - label: \"PhD\"",
                        203,
                        "has 6 options; at most 5"),
                new Broken("quiz with three questions", EDUCATION_QUESTION, "", 154, "has 3 questions; at least 4"),
                new Broken(
                        "unknown field in a question",
                        "    - id: market\n",
                        "    - id: market\n      bogus: x\n",
                        175,
                        "unknown field 'bogus' in question"),
                new Broken(
                        "task percents must add to 100", "      percent: 60", "      percent: 50", 99, "add up to 90"),
                new Broken(
                        "quiz option worth nothing",
                        "weights: { applied-llm: 3 }",
                        "weights: { applied-llm: 0 }",
                        159,
                        "every weight is 0"),
                new Broken(
                        "a quiz answer skipping a step no specialization has",
                        "          why: \"Depth.\"\n",
                        "          why: \"Depth.\"\n          skip_steps: [\"Contribute to vllm\"]\n",
                        194,
                        "'Contribute to vllm' is not a break_in step of any specialization",
                        "did you mean 'Contribute to vLLM.'"),
                new Broken(
                        "a quiz answer citing an unknown source",
                        "          why: \"Depth.\"\n",
                        "          why: \"Depth.\"\n          source: src-tow\n",
                        194,
                        "'src-tow' is not a known source id"),
                new Broken(
                        "a specialization the quiz can never recommend",
                        "\nbackgrounds:\n",
                        UNWEIGHTED_SPECIALIZATION + "\nbackgrounds:\n",
                        163,
                        "no combination of answers recommends mlops"),
                new Broken(
                        "value not in the allowed list",
                        "difficulty: common",
                        "difficulty: medium",
                        86,
                        "'medium' is not allowed",
                        "easiest, easy, common, recommended, hard"),
                new Broken(
                        "invalid id",
                        "  - id: applied-llm\n",
                        "  - id: Applied_LLM\n",
                        35,
                        "'Applied_LLM' is not a valid id"),
                new Broken(
                        "switch to itself",
                        "    - from: applied-llm",
                        "    - from: inference-serving",
                        84,
                        "to itself"),
                new Broken(
                        "aliases are refused",
                        "    skills: [\"Python\"]\n    hiring: \"Hires the most.\"",
                        "    skills: &s [\"Python\"]\n    hiring: *s",
                        41,
                        "is a YAML alias",
                        "write the value out"),
                new Broken(
                        "anchors are refused",
                        "    skills: [\"Python\"]",
                        "    skills: &s [\"Python\"]",
                        40,
                        "'&s' is a YAML anchor"),
                new Broken(
                        "tags are refused",
                        "    hiring: \"Hires the most.\"",
                        "    hiring: !custom \"Hires the most.\"",
                        41,
                        "tag"),
                new Broken(
                        "a second document", "format: 1\n", "format: 1\n---\nformat: 1\n", 4, "second YAML document"),
                new Broken("wrong format version", "format: 1\n", "format: 2\n", 2, "out of range"),
                new Broken(
                        "tabs for indentation",
                        "    hiring: \"Hires the most.\"",
                        "\thiring: \"Hires the most.\"",
                        41,
                        "a tab character",
                        "indent with spaces"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleReportsWhereAndWhy(Broken c) {
        String text = Fixtures.minimalText();
        int at = text.indexOf(c.find());
        assertTrue(at >= 0, "fixture text not found: " + c.find());
        assertEquals(-1, text.indexOf(c.find(), at + 1), "fixture text is not unique: " + c.find());
        String broken = text.substring(0, at)
                + c.replace()
                + text.substring(at + c.find().length());

        KnowledgeLoader.Result r = load(broken);

        assertFalse(r.ok(), "a broken file must not load");
        Problem hit = r.problems().stream()
                .filter(p -> Stream.of(c.expected()).allMatch(p.message()::contains))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no problem mentions " + List.of(c.expected()) + "; got:\n"
                        + String.join(
                                "\n",
                                r.problems().stream().map(Problem::toString).toList())));
        assertEquals(c.line(), hit.location().line(), "line of: " + hit);
        assertTrue(hit.toString().startsWith("minimal.yaml:" + c.line() + ":"), hit.toString());
    }

    @Test
    void theMinimalFixtureIsValid() {
        assertTrue(load(Fixtures.minimalText()).ok());
    }

    @Test
    void everyProblemIsReportedAtOnceInFileOrder() {
        String text = Fixtures.minimalText()
                .replace("early: { min: 130000, max: 220000 }", "early: { min: 330000, max: 220000 }")
                .replace("difficulty: common", "difficulty: medium")
                .replace("    aliases: [\"applied\", \"rag\"]", "    aliasses: [\"applied\", \"rag\"]")
                .replace("      percent: 60", "      percent: 50");
        KnowledgeLoader.Result r = load(text);
        assertEquals(4, r.problems().size(), r.problems().toString());
        List<Integer> lines =
                r.problems().stream().map(p -> p.location().line()).toList();
        assertEquals(List.of(37, 47, 86, 99), lines);
    }

    @Test
    void problemsPrintAsFileLineColumnMessage() {
        KnowledgeLoader.Result r = load(Fixtures.minimalText().replace("difficulty: common", "difficulty: medium"));
        assertEquals(
                "minimal.yaml:86:19: switching.moves[#1].difficulty: 'medium' is not allowed here: "
                        + "Use one of easiest, easy, common, recommended, hard.",
                r.problems().get(0).toString());
    }

    @Test
    void aRenamedIdIsOneProblemAtTheIdNamingTheOldIdAndEveryReference() {
        KnowledgeLoader.Result r = load(renameInMinimal("Inference-Serving"));
        List<Problem> renames = r.problems().stream()
                .filter(p -> p.message().contains("looks like a rename"))
                .toList();
        assertEquals(1, renames.size(), r.problems().toString());
        Problem rename = renames.get(0);
        assertEquals(51, rename.location().line(), rename.toString());
        assertTrue(
                rename.message()
                        .startsWith("specializations[Inference-Serving].id: 'Inference-Serving' looks like a rename "
                                + "of 'inference-serving', which 7 references still use: "
                                + "backgrounds[backend-sre].suggests[#1] (line 72), "
                                + "switching.moves[#1].to (line 85), "),
                rename.message());
        assertTrue(rename.message().contains("and 1 more (line"), rename.message());
        assertTrue(rename.message().endsWith("Rename those too, or change the id back."), rename.message());
        // Besides the rename, at most the id's own format: nothing repeats the new id as a suggestion.
        assertTrue(r.problems().size() <= 2, r.problems().toString());
        assertTrue(
                r.problems().stream()
                        .allMatch(p -> p.equals(rename) || p.message().contains("is not a valid id")),
                r.problems().toString());
        assertTrue(
                r.problems().stream().noneMatch(p -> p.message().contains("did you mean")),
                r.problems().toString());
    }

    @Test
    void aRenameToAValidCloseIdIsExactlyOneProblem() {
        KnowledgeLoader.Result r = load(renameInMinimal("inference-serve"));
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(
                r.problems()
                        .get(0)
                        .message()
                        .contains("'inference-serve' looks like a rename of 'inference-serving', "
                                + "which 7 references still use"),
                r.problems().toString());
    }

    @Test
    void renamingMlopsInTheRealFileIsOneRenameProblemNotElevenSuggestions() throws Exception {
        String real = java.nio.file.Files.readString(Fixtures.knowledgeDir().resolve(KnowledgeLoader.FILE_NAME));
        assertTrue(real.contains("  - id: mlops\n"));
        KnowledgeLoader.Result r = load(real.replace("  - id: mlops\n", "  - id: MLOps\n"));
        assertTrue(r.problems().size() <= 2, r.problems().toString());
        Problem rename = r.problems().stream()
                .filter(p -> p.message().contains("'MLOps' looks like a rename of 'mlops', which 11 references"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(r.problems().toString()));
        assertTrue(rename.message().contains("quiz.questions["), rename.message());
        assertTrue(
                r.problems().stream().noneMatch(p -> p.message().contains("did you mean")),
                r.problems().toString());
    }

    @Test
    void severalReferencesToAnUnknownIdWithNoLikelyRenameAreOneProblem() {
        KnowledgeLoader.Result r = load(renameInMinimal("gpu-runtime"));
        assertEquals(1, r.problems().size(), r.problems().toString());
        Problem p = r.problems().get(0);
        assertEquals(72, p.location().line(), p.toString());
        assertTrue(
                p.message()
                        .contains("'inference-serving' is not a known specialization id, and 7 references use it: "
                                + "backgrounds[backend-sre].suggests[#1] (line 72)"),
                p.message());
        assertTrue(p.message().contains("Add the specialization back, or change those references."), p.message());
        assertTrue(
                p.message()
                        .endsWith("If 'inference-serving' was renamed to 'gpu-runtime' (the only specialization "
                                + "nothing refers to), rename those references too, or change its id back."),
                p.message());
    }

    /** The minimal fixture with the inference-serving specialization's id changed, and nothing else. */
    private static String renameInMinimal(String newId) {
        String text = Fixtures.minimalText();
        String line = "  - id: inference-serving\n";
        assertEquals(text.indexOf(line), text.lastIndexOf(line));
        return text.replace(line, "  - id: " + newId + "\n");
    }

    private static KnowledgeLoader.Result load(String text) {
        return new KnowledgeLoader(Fixtures.CLOCK).load("minimal.yaml", text.getBytes(StandardCharsets.UTF_8));
    }
}
