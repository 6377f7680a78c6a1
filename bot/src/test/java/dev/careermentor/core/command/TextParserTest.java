package dev.careermentor.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.careermentor.Fixtures;
import dev.careermentor.core.knowledge.Knowledge;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How typed lines become commands and arguments, including names of several words. */
class TextParserTest {
    private final Knowledge k = Fixtures.real();
    private final TextParser parser = new TextParser(Commands.all());

    @Test
    void commandsAndTheirAliases() {
        assertEquals("specializations", parser.parse("specs", k).command().name());
        assertEquals("specialization", parser.parse("SPEC serving", k).command().name());
        assertEquals("salary", parser.parse("pay", k).command().name());
        TextParser.Parsed unknown = parser.parse("frobnicate now", k);
        assertNull(unknown.command());
        assertEquals("frobnicate", unknown.word());
    }

    @Test
    void twoMultiWordNamesAreSplitWhereBothResolve() {
        assertEquals(Map.of("first", "applied llm", "second", "serving"), args("compare applied llm serving"));
        assertEquals(Map.of("first", "applied llm", "second", "serving"), args("compare applied llm vs serving"));
        assertEquals(
                Map.of("first", "research engineer", "second", "ml platform"),
                args("compare research engineer ml platform"));
        assertEquals(
                Map.of("from", "backend", "to", "inference serving"), args("switch from backend to inference serving"));
        assertEquals(Map.of("from", "applied", "to", "serving"), args("switch applied -> serving"));
    }

    @Test
    void aTrailingLevelIsTakenAsTheLevel() {
        assertEquals(Map.of("name", "serving", "level", "senior"), args("salary serving senior"));
        assertEquals(Map.of("name", "research engineer", "level", "early"), args("salary research engineer early"));
        assertEquals(Map.of("level", "senior"), args("salary senior"));
        assertEquals(Map.of(), args("salary"));
    }

    @Test
    void freeTextTakesTheRestOfTheLine() {
        assertEquals(Map.of("question", "is it too late for research"), args("ask is it too late for research"));
        assertEquals(Map.of("part", "survival strategy"), args("role survival strategy"));
    }

    private Map<String, String> args(String line) {
        return parser.parse(line, k).request().args();
    }
}
