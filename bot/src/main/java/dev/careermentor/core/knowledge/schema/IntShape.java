package dev.careermentor.core.knowledge.schema;

import dev.careermentor.core.knowledge.yaml.Node;
import java.util.LinkedHashMap;
import java.util.Map;

/** A whole number in a range; money is written in whole currency units. */
public final class IntShape implements Shape {
    private final long min;
    private final long max;
    private final String hint;

    /** @param hint how to write it, shown when text like "130K" is found */
    public IntShape(long min, long max, String hint) {
        this.min = min;
        this.max = max;
        this.hint = hint;
    }

    @Override
    public String expected() {
        return "a whole number from " + String.format("%,d", min) + " to " + String.format("%,d", max);
    }

    @Override
    public void check(Node node, String path, Checks checks) {
        if (!(node instanceof Node.Scalar s) || s.kind() != Node.Scalar.Kind.INTEGER) {
            checks.add(
                    node.location(), path, "expected " + expected() + ", but found " + Shape.found(node) + ": " + hint);
            return;
        }
        long value;
        try {
            value = Long.parseLong(s.text().replace("_", ""));
        } catch (NumberFormatException e) {
            checks.add(s.location(), path, "'" + s.text() + "' is too large a number: " + hint);
            return;
        }
        if (value < min || value > max) {
            checks.add(s.location(), path, String.format("%,d is out of range: expected %s.", value, expected()));
        }
    }

    public static long value(Node node) {
        return Long.parseLong(((Node.Scalar) node).text().replace("_", ""));
    }

    @Override
    public Map<String, Object> toSchema(SchemaDefs defs) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "integer");
        schema.put("minimum", min);
        schema.put("maximum", max);
        return schema;
    }
}
