package dev.careermentor.core.knowledge.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.core.knowledge.Problem;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parser errors are said in plain words at the line (and column) to fix: each common SnakeYAML message
 * with a small malformed file, the wording a moderator sees, and where it points.
 */
class YamlSyntaxTest {

    record Malformed(String what, String yaml, int line, int column, String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Malformed> cases() {
        return Stream.of(
                // SnakeYAML: while parsing a block mapping ... expected <block end>, but found '<block sequence start>'
                new Malformed(
                        "a list item indented less than its list",
                        "a:\n  items:\n    - one\n    - two\n   - three\nb: 1\n",
                        5,
                        4,
                        "this line is indented less than the list it belongs to: line its '-' up with the '-' of the "
                                + "items above it (4 spaces on line 4, 3 spaces here)."),
                // SnakeYAML: while parsing a block collection ... expected <block end>, but found '<block mapping
                // start>'
                new Malformed(
                        "a key indented less than its entry",
                        "list:\n  - id: x\n    name: y\n   note: z\n",
                        4,
                        4,
                        "this line is indented less than the line above it (4 spaces on line 3, 3 spaces here) but "
                                + "does not line up with any key further up: indent it like the keys it belongs with."),
                new Malformed(
                        "a key indented less than the list above it",
                        "a:\n  - x\n  - y\n b: 1\n",
                        4,
                        2,
                        "this line is indented less than the list above it (2 spaces on line 3, 1 space here)"),
                // SnakeYAML: ... expected <block end>, but found '-'
                new Malformed(
                        "a list item among keys",
                        "a:\n  b: 1\n  - c\n",
                        3,
                        3,
                        "a list item ('- ') where a key ('name: value') belongs"),
                // SnakeYAML: found character '\t(TAB)' that cannot start any token
                new Malformed(
                        "a tab for indentation",
                        "a:\n  b: 1\n\tc: 2\n",
                        3,
                        1,
                        "a tab character; YAML needs spaces here: indent with spaces, not tabs"),
                // SnakeYAML: mapping values are not allowed here
                new Malformed(
                        "text with ': ' in it",
                        "a:\n  summary: Note: this is text\n",
                        2,
                        16,
                        "this text has a ':' followed by a space, so YAML reads it as a key: put the text in quotes"),
                new Malformed(
                        "a key indented more than its siblings",
                        "a:\n  b: 1\n    c: 2\n",
                        3,
                        6,
                        "this line is indented more than the line above it, so YAML reads it as part of that value"),
                // SnakeYAML: while scanning a quoted scalar ... found unexpected end of stream
                new Malformed(
                        "an unclosed double quote",
                        "a:\n  b: \"abc\n  c: 1\n  d: 2\n",
                        2,
                        6,
                        "the quote \" opened here is never closed (the file ends inside it): add the closing \" at the "
                                + "end of the text."),
                new Malformed(
                        "an unclosed single quote", "a:\n  b: 'abc\n", 2, 6, "the quote ' opened here is never closed"),
                // SnakeYAML: while scanning a simple key ... could not find expected ':'
                new Malformed(
                        "a key without its ':'",
                        "a:\n  b: 1\n  c\n  d: 2\n",
                        3,
                        3,
                        "this line has no ':' after its key: write it as 'key: value'"),
                // SnakeYAML: while parsing a flow sequence ... expected ',' or ']', but got :
                new Malformed(
                        "an unclosed '['",
                        "a:\n  b: [x, y\n  c: 1\n",
                        3,
                        4,
                        "the '[' opened on line 2 is not closed before this point: end the list with ']'"),
                new Malformed(
                        "text after a closing quote",
                        "a:\n  b: \"abc\" def\n",
                        2,
                        12,
                        "more text follows a value that is already complete (often text after a closing quote)"),
                // SnakeYAML: found character '@' that cannot start any token
                new Malformed(
                        "a value starting with '@'",
                        "a: @foo\n",
                        1,
                        4,
                        "a value cannot start with '@' in YAML: put the text in quotes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parserErrorsAreSaidInPlainWordsAtTheLine(Malformed c) {
        YamlTreeReader.Result r = new YamlTreeReader().read("k.yaml", c.yaml().getBytes(StandardCharsets.UTF_8));
        assertFalse(r.ok());
        assertEquals(1, r.problems().size(), r.problems().toString());
        Problem p = r.problems().get(0);
        assertTrue(p.message().startsWith(c.message()), p.toString());
        assertEquals(new Location(c.line(), c.column()), p.location(), p.toString());
        assertTrue(p.toString().startsWith("k.yaml:" + c.line() + ":" + c.column() + ": "), p.toString());
        for (String jargon : new String[] {"<block", "while parsing", "while scanning", "Exception", "snakeyaml"}) {
            assertFalse(p.message().contains(jargon), p.toString());
        }
    }

    @org.junit.jupiter.api.Test
    void anUnknownParserMessageKeepsTheParsersWordsWithoutJavaNamesOrJargon() {
        String said = YamlSyntax.fallback(
                "while parsing a block node",
                "org.yaml.snakeyaml.error.YAMLException: expected <block end>, but found '<scalar>'");
        assertEquals(
                "YAML syntax error (while parsing a block node: expected the end of the block, but found 'a value'): "
                        + "check the indentation, quotes, and any missing '-' or ':' here.",
                said);
    }
}
