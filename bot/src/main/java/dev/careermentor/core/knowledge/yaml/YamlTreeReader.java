package dev.careermentor.core.knowledge.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.careermentor.core.knowledge.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a {@link Node} tree that keeps line and column numbers.
 *
 * <p>The knowledge file is small, hand-written text, so anything unusually big or deep is treated as
 * hostile and refused before it can cost memory: the byte size is checked first, nesting depth and
 * node count while parsing. Anchors and aliases are refused outright: Jackson would hand them back as
 * plain strings, which would silently put the anchor's name where a moderator expected its value.
 */
public final class YamlTreeReader {

    /** Limits for one file; the defaults are far above what the real knowledge needs. */
    public record Limits(int maxBytes, int maxDepth, int maxNodes) {
        public static final Limits DEFAULT = new Limits(1 << 20, 16, 100_000);
    }

    /** The tree (null when the text could not be parsed) and every problem found while reading. */
    public record Result(@Nullable Node root, List<Problem> problems) {
        public boolean ok() {
            return root != null && problems.isEmpty();
        }
    }

    private final Limits limits;
    private final YAMLFactory factory;

    public YamlTreeReader(Limits limits) {
        this.limits = limits;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(limits.maxBytes());
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both locations
        options.setNestingDepthLimit(limits.maxDepth() + 2);
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 2)
                        .maxStringLength(limits.maxBytes())
                        .maxNumberLength(40)
                        .build())
                .build();
    }

    public YamlTreeReader() {
        this(Limits.DEFAULT);
    }

    public Result read(String fileName, byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        if (bytes.length > limits.maxBytes()) {
            problems.add(new Problem(
                    fileName,
                    Location.START,
                    String.format(
                            "file is %,d bytes; a knowledge file may be at most %,d bytes. "
                                    + "It is hand-edited text: check that this is the right file, or split long texts.",
                            bytes.length, limits.maxBytes())));
            return new Result(null, problems);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(
                    fileName, Location.START, "file is not valid UTF-8 text: save it as UTF-8 in your editor."));
            return new Result(null, problems);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.add(new Problem(
                    fileName,
                    Location.START,
                    "file is empty: it must hold the knowledge mapping (see knowledge/README.md)."));
            return new Result(null, problems);
        }
        try (YAMLParser parser = (YAMLParser) factory.createParser(new StringReader(text))) {
            Builder builder = new Builder(fileName, parser, problems);
            Node root = builder.readDocument();
            return new Result(root, problems);
        } catch (Refused refused) {
            problems.add(refused.problem);
            return new Result(null, problems);
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(fileName, e, text));
            return new Result(null, problems);
        } catch (IOException | RuntimeException e) {
            // SnakeYAML signals some limits with unchecked exceptions; none may escape as a crash.
            problems.add(new Problem(fileName, Location.START, YamlSyntax.fallback(null, firstLine(e.getMessage()))));
            return new Result(null, problems);
        }
    }

    /**
     * Says what is wrong in plain words, at SnakeYAML's problem mark (where parsing failed, not where the
     * last token began), or where the trouble began when that is where the fix goes (an unclosed quote).
     */
    private static Problem syntaxProblem(String fileName, JsonProcessingException e, String text) {
        String raw = firstLine(e.getOriginalMessage());
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return new Problem(
                    fileName,
                    location(e.getLocation()),
                    "the file nests too deeply; the knowledge format needs only a few levels: check the indentation.");
        }
        if (lower.contains("code point") || lower.contains("exceeds the limit")) {
            return new Problem(fileName, location(e.getLocation()), "the file is too large for a knowledge file.");
        }
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Location at = new Location(
                    marked.getProblemMark().getLine() + 1,
                    marked.getProblemMark().getColumn() + 1);
            Location contextAt = marked.getContextMark() == null
                    ? null
                    : new Location(
                            marked.getContextMark().getLine() + 1,
                            marked.getContextMark().getColumn() + 1);
            String problem = marked.getProblem() == null ? "" : firstLine(marked.getProblem());
            YamlSyntax.Explained explained = YamlSyntax.explain(marked.getContext(), contextAt, problem, at, text);
            return new Problem(fileName, explained.at(), explained.message());
        }
        return new Problem(fileName, location(e.getLocation()), YamlSyntax.fallback(null, raw));
    }

    private static String firstLine(@Nullable String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        String line = (nl < 0 ? s : s.substring(0, nl)).strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    static Location location(@Nullable JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return Location.START;
        }
        return new Location(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    /** Thrown to abandon a hostile file at once; carries the one problem to report. */
    private static final class Refused extends RuntimeException {
        final Problem problem;

        Refused(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private final class Builder {
        private final String file;
        private final YAMLParser parser;
        private final List<Problem> problems;
        private int nodes;

        Builder(String file, YAMLParser parser, List<Problem> problems) {
            this.file = file;
            this.parser = parser;
            this.problems = problems;
        }

        @Nullable
        Node readDocument() throws IOException {
            JsonToken token = parser.nextToken();
            if (token == null) {
                problems.add(new Problem(
                        file,
                        Location.START,
                        "file holds no data: it must hold the knowledge mapping (see knowledge/README.md)."));
                return null;
            }
            Node root = readValue(token, 1);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new Refused(new Problem(
                        file,
                        here(),
                        "a second YAML document starts here: the knowledge file holds one document; "
                                + "remove the '---' line and merge the content."));
            }
            return root;
        }

        private Node readValue(JsonToken token, int depth) throws IOException {
            Location at = here();
            if (++nodes > limits.maxNodes()) {
                throw new Refused(new Problem(
                        file,
                        at,
                        String.format(
                                "more than %,d values: far more than a knowledge file needs; refusing to read further.",
                                limits.maxNodes())));
            }
            if (parser.isCurrentAlias()) {
                throw new Refused(new Problem(
                        file,
                        at,
                        "'*" + parser.getText()
                                + "' is a YAML alias; aliases and anchors are not supported here: "
                                + "write the value out in full."));
            }
            if (parser.getCurrentAnchor() != null) {
                problems.add(new Problem(
                        file,
                        at,
                        "'&" + parser.getCurrentAnchor()
                                + "' is a YAML anchor; anchors and aliases are not supported here: remove it."));
            }
            Object tag = parser.getTypeId();
            if (tag != null) {
                problems.add(
                        new Problem(
                                file,
                                at,
                                "'!" + tag
                                        + "' is a YAML tag; tags are not supported here: remove it (quote the value instead)."));
            }
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                if (depth > limits.maxDepth()) {
                    throw new Refused(new Problem(
                            file,
                            at,
                            String.format(
                                    "values are nested more than %d levels deep; the knowledge format needs only a few: "
                                            + "check the indentation.",
                                    limits.maxDepth())));
                }
                return token == JsonToken.START_OBJECT ? readMap(at, depth) : readList(at, depth);
            }
            return scalar(token, at);
        }

        private Node readMap(Location at, int depth) throws IOException {
            Map<String, Node.Entry> entries = new LinkedHashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Location keyAt = here();
                Node value = readValue(parser.nextToken(), depth + 1);
                Node.Entry previous = entries.get(key);
                if (previous != null) {
                    problems.add(new Problem(
                            file,
                            keyAt,
                            "duplicate key '" + key + "' (first written at line "
                                    + previous.keyLocation().line() + "): keep one and delete the other."));
                } else {
                    entries.put(key, new Node.Entry(key, keyAt, value));
                }
            }
            expect(token, JsonToken.END_OBJECT);
            return new Node.MapNode(at, entries);
        }

        private Node readList(Location at, int depth) throws IOException {
            List<Node> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    expect(null, JsonToken.END_ARRAY);
                }
                items.add(readValue(token, depth + 1));
            }
            return new Node.ListNode(at, items);
        }

        private void expect(@Nullable JsonToken actual, JsonToken wanted) {
            if (actual != wanted) {
                throw new Refused(new Problem(
                        file, here(), "the YAML structure ends unexpectedly here: check indentation and brackets."));
            }
        }

        private Node scalar(JsonToken token, Location at) throws IOException {
            String text = parser.getText();
            Node.Scalar.Kind kind = switch (token) {
                case VALUE_NUMBER_INT -> Node.Scalar.Kind.INTEGER;
                case VALUE_NUMBER_FLOAT -> Node.Scalar.Kind.DECIMAL;
                case VALUE_TRUE, VALUE_FALSE -> Node.Scalar.Kind.BOOLEAN;
                case VALUE_NULL -> Node.Scalar.Kind.NULL;
                default -> Node.Scalar.Kind.STRING;
            };
            if (kind == Node.Scalar.Kind.INTEGER) {
                text = parser.getBigIntegerValue().toString(); // 0x1F, 1_000 and +5 become plain digits
            } else if (kind == Node.Scalar.Kind.BOOLEAN) {
                text = token == JsonToken.VALUE_TRUE ? "true" : "false";
            }
            return new Node.Scalar(at, kind, text == null ? "" : text);
        }

        private Location here() {
            return location(parser.currentTokenLocation());
        }
    }
}
