package dev.careermentor.core.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fixtures;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff on real edits of the minimal fixture. */
class KnowledgeDiffTest {

    static Knowledge load(String text) {
        KnowledgeLoader.Result r =
                new KnowledgeLoader(Fixtures.CLOCK).load("k.yaml", text.getBytes(StandardCharsets.UTF_8));
        if (!r.ok()) throw new AssertionError(r.problems().toString());
        return r.knowledge();
    }

    @Test
    void identicalVersionsHaveNoChanges() {
        KnowledgeDiff d = KnowledgeDiff.between(
                Fixtures.minimal().data(), Fixtures.minimal().data());
        assertTrue(d.isEmpty());
        assertEquals(List.of("No changes."), d.lines());
    }

    @Test
    void aChangedSalaryShowsBeforeAndAfter() {
        String edited = Fixtures.minimalText()
                .replace("early: { min: 180000, max: 280000 }", "early: { min: 190000, max: 290000 }");
        KnowledgeDiff d =
                KnowledgeDiff.between(Fixtures.minimal().data(), load(edited).data());
        assertEquals(1, d.figures().size());
        assertEquals(
                "Inference / serving engineer, early career: $180K–$280K (US, USD, as of 2026) → "
                        + "$190K–$290K (US, USD, as of 2026)",
                d.figures().get(0).toString());
        assertEquals(
                List.of("inference-serving"),
                d.changed().stream().map(KnowledgeDiff.Changed::id).toList());
        assertEquals(List.of("salary: changed"), d.changed().get(0).details());
    }

    @Test
    void anAddedAliasIsNamed() {
        String edited = Fixtures.minimalText()
                .replace("aliases: [\"serving\", \"inference\"]", "aliases: [\"serving\", \"inference\", \"vllm\"]");
        KnowledgeDiff d =
                KnowledgeDiff.between(Fixtures.minimal().data(), load(edited).data());
        assertEquals(1, d.changed().size());
        assertEquals(List.of("aliases: + “vllm”"), d.changed().get(0).details());
        assertTrue(d.figures().isEmpty());
        assertEquals("1 changed", d.summary());
    }

    @Test
    void aRemovedEntryAndAnAddedOneAreListed() {
        String withBackground = Fixtures.minimalText().replace("\nswitching:\n", """
                  - id: frontend
                    name: "Frontend"
                    suggests: [applied-llm]
                    note: "Product people."
                    source: src-one
                    as_of: "2026"

                switching:
                """);
        KnowledgeDiff added = KnowledgeDiff.between(
                Fixtures.minimal().data(), load(withBackground).data());
        assertEquals(List.of("background frontend"), added.added());
        KnowledgeDiff removed = KnowledgeDiff.between(
                load(withBackground).data(), Fixtures.minimal().data());
        assertEquals(List.of("background frontend"), removed.removed());
        assertTrue(removed.lines().contains("- removed background frontend"));
    }

    @Test
    void payFiguresOfTheRoleAreCompared() {
        String edited = Fixtures.minimalText().replace("        max: 210000", "        max: 230000");
        KnowledgeDiff d =
                KnowledgeDiff.between(Fixtures.minimal().data(), load(edited).data());
        assertEquals(
                "LLM engineer, Mid-level: $160K–$210K base salary → $160K–$230K base salary",
                d.figures().get(0).toString());
    }
}
