package dev.careermentor.core.knowledge.schema;

import dev.careermentor.core.knowledge.yaml.Node;
import dev.careermentor.core.text.Similarity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One word from a fixed list. */
public final class EnumShape implements Shape {
    private final List<String> values;

    public EnumShape(String... values) {
        this.values = List.of(values);
    }

    public List<String> values() {
        return values;
    }

    @Override
    public String expected() {
        return "one of " + String.join(", ", values);
    }

    @Override
    public void check(Node node, String path, Checks checks) {
        if (!(node instanceof Node.Scalar s) || s.kind() != Node.Scalar.Kind.STRING) {
            checks.add(node.location(), path, "expected " + expected() + ", but found " + Shape.found(node) + ".");
            return;
        }
        if (!values.contains(s.text())) {
            String hint = Similarity.didYouMean(s.text(), values);
            checks.add(
                    s.location(),
                    path,
                    "'" + s.text() + "' is not allowed here: " + (hint.isEmpty() ? "" : hint + " ") + "Use "
                            + expected() + ".");
        }
    }

    @Override
    public Map<String, Object> toSchema(SchemaDefs defs) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        schema.put("enum", values);
        return schema;
    }
}
