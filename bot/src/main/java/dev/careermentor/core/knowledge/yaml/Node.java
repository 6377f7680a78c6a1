package dev.careermentor.core.knowledge.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A YAML value that remembers where it was written, so every validation problem can point at a
 * line and column. Jackson's own tree forgets locations, which is why the loader builds this one.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.Scalar {

    Location location();

    /** What a moderator would call this kind of value, for error messages. */
    String kindName();

    /** A mapping; keys keep the order they were written in. */
    record MapNode(Location location, Map<String, Entry> entries) implements Node {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public @Nullable Node get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        /** Where the value under {@code key} was written, or where this mapping starts when it is absent. */
        public Location at(String key) {
            Node n = get(key);
            return n == null ? location : n.location();
        }

        /** The scalar text under {@code key}, or null when absent or not a scalar. */
        public @Nullable String text(String key) {
            return get(key) instanceof Scalar s && s.kind() != Scalar.Kind.NULL ? s.text() : null;
        }

        @Override
        public String kindName() {
            return "a mapping (key: value lines)";
        }
    }

    /** One {@code key: value} pair of a mapping. */
    record Entry(String key, Location keyLocation, Node value) {}

    record ListNode(Location location, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }

    /** A single value; {@code text} is exactly what was written (without quotes). */
    record Scalar(Location location, Kind kind, String text) implements Node {
        public enum Kind {
            STRING,
            INTEGER,
            DECIMAL,
            BOOLEAN,
            NULL
        }

        @Override
        public String kindName() {
            return switch (kind) {
                case STRING -> "text";
                case INTEGER -> "a whole number";
                case DECIMAL -> "a decimal number";
                case BOOLEAN -> "true/false";
                case NULL -> "an empty value";
            };
        }
    }
}
