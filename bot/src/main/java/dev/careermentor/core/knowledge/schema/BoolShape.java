package dev.careermentor.core.knowledge.schema;

import dev.careermentor.core.knowledge.yaml.Node;
import java.util.Map;

/** true or false. */
public final class BoolShape implements Shape {

    @Override
    public String expected() {
        return "true or false";
    }

    @Override
    public void check(Node node, String path, Checks checks) {
        if (!(node instanceof Node.Scalar s) || s.kind() != Node.Scalar.Kind.BOOLEAN) {
            checks.add(node.location(), path, "expected true or false, but found " + Shape.found(node) + ".");
        }
    }

    @Override
    public Map<String, Object> toSchema(SchemaDefs defs) {
        return Map.of("type", "boolean");
    }
}
