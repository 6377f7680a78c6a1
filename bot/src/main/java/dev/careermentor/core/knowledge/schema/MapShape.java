package dev.careermentor.core.knowledge.schema;

import dev.careermentor.core.knowledge.yaml.Location;
import dev.careermentor.core.knowledge.yaml.Node;
import java.util.LinkedHashMap;
import java.util.Map;

/** A mapping from ids to values of one shape, e.g. quiz weights per specialization. */
public final class MapShape implements Shape {
    private final Shape value;
    private final int min;
    private final int max;
    private final String what;

    public MapShape(Shape value, int min, int max, String what) {
        this.value = value;
        this.min = min;
        this.max = max;
        this.what = what;
    }

    public Shape value() {
        return value;
    }

    @Override
    public String expected() {
        return "a mapping of " + what + " (id: value)";
    }

    @Override
    public void check(Node node, String path, Checks checks) {
        if (!(node instanceof Node.MapNode map)) {
            checks.add(
                    node.location(),
                    path,
                    "expected " + expected() + ", but found " + Shape.found(node)
                            + ". Write it as { some-id: 3, other-id: 1 }.");
            return;
        }
        int n = map.entries().size();
        if (n < min || n > max) {
            checks.add(
                    map.location(),
                    path,
                    "has " + n + " " + what + "; between " + min + " and " + max + " are allowed.");
        }
        for (Node.Entry e : map.entries().values()) {
            if (!IdShape.isId(e.key())) {
                checks.add(e.keyLocation(), path, "'" + e.key() + "' is not a valid id: " + IdShape.RULE);
            }
            if (e.value() instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.NULL) {
                checks.add(e.keyLocation(), path + "." + e.key(), "is empty: give it " + value.expected() + ".");
                continue;
            }
            value.check(e.value(), path + "." + e.key(), checks);
        }
    }

    static Location keyLocation(Node.MapNode map, String key) {
        Node.Entry e = map.entries().get(key);
        return e == null ? map.location() : e.keyLocation();
    }

    @Override
    public Map<String, Object> toSchema(SchemaDefs defs) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("minProperties", min);
        schema.put("maxProperties", max);
        schema.put("propertyNames", Map.of("pattern", IdShape.PATTERN));
        schema.put("additionalProperties", value.toSchema(defs));
        return schema;
    }
}
