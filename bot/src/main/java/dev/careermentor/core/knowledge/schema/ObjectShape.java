package dev.careermentor.core.knowledge.schema;

import dev.careermentor.core.knowledge.yaml.Node;
import dev.careermentor.core.text.Similarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A mapping with a fixed set of keys; unknown keys are errors so typos never pass silently. */
public final class ObjectShape implements Shape {
    private final String name;
    private final String description;
    private final Class<?> type;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private List<String> anyOf = List.of();

    /**
     * @param name what moderators call this thing, e.g. "specialization"; also its schema name
     * @param type the record this shape describes
     */
    public ObjectShape(String name, String description, Class<?> type, Field... fields) {
        this.name = name;
        this.description = description;
        this.type = type;
        for (Field f : fields) add(f);
    }

    /** Adds a field; shapes are built field by field because a record may contain itself indirectly. */
    void add(Field f) {
        if (fields.put(f.name(), f) != null) {
            throw new IllegalArgumentException("field '" + f.name() + "' declared twice in " + name);
        }
    }

    /** The record this shape describes. */
    public Class<?> type() {
        return type;
    }

    /** Requires at least one of the given (optional) fields to be present. */
    public ObjectShape requireAnyOf(String... names) {
        for (String n : names) {
            if (!fields.containsKey(n)) throw new IllegalArgumentException(name + " has no field " + n);
        }
        this.anyOf = List.of(names);
        return this;
    }

    public String name() {
        return name;
    }

    public Map<String, Field> fields() {
        return fields;
    }

    String defName() {
        return name.replace(' ', '_');
    }

    @Override
    public String expected() {
        return "a mapping with the fields of a " + name + " (" + String.join(", ", fields.keySet()) + ")";
    }

    @Override
    public void check(Node node, String path, Checks checks) {
        if (!(node instanceof Node.MapNode map)) {
            checks.add(
                    node.location(),
                    path,
                    "expected " + expected() + ", but found " + Shape.found(node)
                            + ". Write one 'key: value' per line, indented under it.");
            return;
        }
        for (Node.Entry entry : map.entries().values()) {
            Field field = fields.get(entry.key());
            if (field == null) {
                String hint = Similarity.didYouMean(entry.key(), fields.keySet());
                checks.add(
                        entry.keyLocation(),
                        path,
                        "unknown field '" + entry.key() + "' in " + name + ": "
                                + (hint.isEmpty() ? "remove it" : hint) + " (allowed: "
                                + String.join(", ", fields.keySet()) + ").");
                continue;
            }
            String childPath = path.isEmpty() ? entry.key() : path + "." + entry.key();
            if (entry.value() instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.NULL) {
                if (field.required()) {
                    checks.add(
                            entry.keyLocation(),
                            childPath,
                            "is empty: give it " + field.shape().expected() + " (" + field.description() + ").");
                }
                continue;
            }
            field.shape().check(entry.value(), childPath, checks);
        }
        for (Field field : fields.values()) {
            if (field.required() && !map.entries().containsKey(field.name())) {
                checks.add(
                        map.location(),
                        path,
                        "missing field '" + field.name() + "' in " + name + ": add " + field.name() + ": with "
                                + field.shape().expected() + " (" + field.description() + ").");
            }
        }
        if (!anyOf.isEmpty() && anyOf.stream().noneMatch(f -> map.text(f) != null || isNonNull(map.get(f)))) {
            checks.add(
                    map.location(),
                    path,
                    "a " + name + " needs at least one of " + String.join(" or ", anyOf) + ": add one.");
        }
    }

    private static boolean isNonNull(@Nullable Node n) {
        return n != null && !(n instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.NULL);
    }

    @Override
    public Map<String, Object> toSchema(SchemaDefs defs) {
        return defs.ref(this);
    }

    Map<String, Object> definition(SchemaDefs defs) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("title", name);
        schema.put("description", description);
        schema.put("additionalProperties", false);
        List<String> required = new ArrayList<>();
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Field f : fields.values()) {
            Map<String, Object> prop = new LinkedHashMap<>();
            prop.put("description", f.description());
            Map<String, Object> shape = f.shape().toSchema(defs);
            if (shape.containsKey("$ref")) {
                prop.put("allOf", List.of(shape));
            } else {
                prop.putAll(shape);
            }
            properties.put(f.name(), prop);
            if (f.required()) required.add(f.name());
        }
        schema.put("required", required);
        schema.put("properties", properties);
        if (!anyOf.isEmpty()) {
            schema.put(
                    "anyOf",
                    anyOf.stream().map(n -> Map.of("required", List.of(n))).toList());
        }
        return schema;
    }
}
