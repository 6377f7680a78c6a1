package dev.careermentor.core.knowledge.schema;

import dev.careermentor.core.knowledge.yaml.Node;
import java.util.Map;

/**
 * The expected form of one value in the knowledge file. A shape both checks a {@link Node}, reporting
 * every mismatch, and describes itself as JSON Schema, so the schema shipped for editors and the
 * validator the bot runs cannot drift apart.
 */
public interface Shape {

    /** Reports every way {@code node} differs from this shape; {@code path} names it for humans. */
    void check(Node node, String path, Checks checks);

    /** This shape as a JSON Schema fragment; object shapes register themselves in {@code defs}. */
    Map<String, Object> toSchema(SchemaDefs defs);

    /** A short human description of what is expected, e.g. "text of at most 300 characters". */
    String expected();

    static String found(Node node) {
        if (node instanceof Node.Scalar s && s.kind() != Node.Scalar.Kind.NULL) {
            String text = s.text().length() > 40 ? s.text().substring(0, 40) + "..." : s.text();
            return s.kindName() + " '" + text + "'";
        }
        return node.kindName();
    }
}
