package dev.careermentor.core.knowledge.yaml;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Says a YAML parser error in a moderator's words: what is wrong on which line and what to do, instead of
 * SnakeYAML's "while parsing a block mapping ... expected &lt;block end&gt;, but found '&lt;block sequence
 * start&gt;'". The usual culprits (indentation, tabs, an unquoted ": ", an unclosed quote or bracket, a key
 * without its ':') are recognised; anything else falls back to the parser's own words, cleaned up.
 */
final class YamlSyntax {
    private YamlSyntax() {}

    /** Where the problem is and what to say about it. */
    record Explained(Location at, String message) {}

    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?::\\s*)?");

    /**
     * @param context SnakeYAML's context ("while parsing a block mapping"), or null
     * @param contextAt where the context began (1-based), or null
     * @param problem SnakeYAML's problem ("mapping values are not allowed here")
     * @param at where the problem was found (1-based)
     * @param text the whole file, to look at the lines around the problem
     */
    static Explained explain(
            @Nullable String context, @Nullable Location contextAt, String problem, Location at, String text) {
        List<String> lines = text.lines().toList();
        String ctx = context == null ? "" : context;
        String line = lineAt(lines, at.line());
        if (problem.contains("\\t") || problem.contains("(TAB)")) {
            return new Explained(
                    at,
                    "a tab character; YAML needs spaces here: indent with spaces, not tabs (set your editor to "
                            + "insert spaces for Tab).");
        }
        if (problem.startsWith("found character '") && problem.contains("cannot start any token")) {
            String c = problem.substring("found character '".length(), problem.indexOf('\'', 17));
            return new Explained(
                    at, "a value cannot start with '" + c + "' in YAML: put the text in quotes (\"...\").");
        }
        if (problem.contains("mapping values are not allowed")) {
            String before = line.substring(0, Math.min(line.length(), Math.max(0, at.column() - 1)));
            if (before.contains(": ") || before.stripLeading().startsWith("- ") && before.contains(":")) {
                return new Explained(
                        at,
                        "this text has a ':' followed by a space, so YAML reads it as a key: put the text in "
                                + "quotes (\"...\").");
            }
            return new Explained(
                    at,
                    "this line is indented more than the line above it, so YAML reads it as part of that value: "
                            + "line it up with the keys it belongs with.");
        }
        if (ctx.contains("quoted scalar")) {
            Location opened = contextAt == null ? at : contextAt;
            char quote = charAt(lines, opened);
            String q = quote == '\'' ? "'" : "\"";
            return new Explained(
                    opened,
                    "the quote " + q + " opened here is never closed"
                            + (problem.contains("end of stream") ? " (the file ends inside it)" : "")
                            + ": add the closing " + q + " at the end of the text.");
        }
        if (problem.contains("could not find expected ':'")) {
            Location key = contextAt == null ? at : contextAt;
            return new Explained(
                    new Location(key.line(), indent(lineAt(lines, key.line())) + 1),
                    "this line has no ':' after its key: write it as 'key: value'; if it continues the text of "
                            + "the line above, put that whole text in quotes.");
        }
        if (ctx.contains("flow sequence") || ctx.contains("flow mapping")) {
            boolean list = ctx.contains("sequence");
            String open = list ? "[" : "{";
            String close = list ? "]" : "}";
            String where = contextAt == null ? "" : " on line " + contextAt.line();
            return new Explained(
                    at,
                    "the '" + open + "' opened" + where + " is not closed before this point: end the "
                            + (list ? "list" : "mapping") + " with '" + close
                            + "' and separate its items with commas (a text with a comma or ':' inside needs quotes).");
        }
        if (problem.contains("expected <block end>")) {
            return new Explained(at, blockEnd(problem, lines, at));
        }
        return new Explained(at, fallback(ctx, problem));
    }

    /** A line that does not fit the block it is in: almost always its indentation. */
    private static String blockEnd(String problem, List<String> lines, Location at) {
        String line = lineAt(lines, at.line());
        int here = indent(line);
        int previous = previousContent(lines, at.line());
        String above = previous < 1 ? "" : lineAt(lines, previous);
        int there = indent(above);
        boolean item = problem.contains("'<block sequence start>'") || problem.contains("found '-'");
        if (problem.contains("'<scalar>'") && at.column() > here + 1) {
            return "more text follows a value that is already complete (often text after a closing quote): put "
                    + "the whole text inside the quotes.";
        }
        if (item) {
            if (here < there) {
                return "this line is indented less than the list it belongs to: line its '-' up with the '-' of "
                        + "the items above it (" + spaces(there) + " on line " + previous + ", " + spaces(here)
                        + " here).";
            }
            return "a list item ('- ') where a key ('name: value') belongs: line its '-' up with the list it "
                    + "belongs to, or start the list on its own key ('key:' on one line, the items indented below).";
        }
        if (here < there) {
            String what = above.stripLeading().startsWith("-") ? "the list above it" : "the line above it";
            return "this line is indented less than " + what + " (" + spaces(there) + " on line " + previous + ", "
                    + spaces(here) + " here) but does not line up with any key further up: indent it like the "
                    + "keys it belongs with.";
        }
        return "this line does not fit the indentation of the lines above it: line it up with the keys it belongs "
                + "with (spaces only).";
    }

    /** The parser's own words without Java names or its token jargon, and the usual remedies. */
    static String fallback(@Nullable String context, String problem) {
        String raw = (context == null || context.isEmpty() ? "" : context + ": ") + problem;
        String clean = JAVA_NAME
                .matcher(raw)
                .replaceAll("")
                .replace("<block end>", "the end of the block")
                .replace("<block mapping start>", "a key")
                .replace("<block sequence start>", "a list item")
                .replace("<scalar>", "a value")
                .replace("<stream end>", "the end of the file")
                .replaceAll("\\s+", " ")
                .strip();
        if (clean.isEmpty()) clean = "the parser gave no reason";
        return "YAML syntax error (" + clean + "): check the indentation, quotes, and any missing '-' or ':' here.";
    }

    private static String lineAt(List<String> lines, int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    private static char charAt(List<String> lines, Location at) {
        String line = lineAt(lines, at.line());
        int i = at.column() - 1;
        return i >= 0 && i < line.length() ? line.charAt(i) : '"';
    }

    /** The nearest line above {@code line} that holds more than spaces or a comment; 0 when none. */
    private static int previousContent(List<String> lines, int line) {
        for (int i = line - 1; i >= 1; i--) {
            String s = lineAt(lines, i).strip();
            if (!s.isEmpty() && !s.startsWith("#")) return i;
        }
        return 0;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return i;
    }

    private static String spaces(int n) {
        return n + (n == 1 ? " space" : " spaces");
    }
}
