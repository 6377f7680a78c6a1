package dev.careermentor.core.knowledge.schema;

import dev.careermentor.core.knowledge.yaml.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A stable identifier: lowercase words joined by hyphens. Ids end up in button ids and URLs. */
public final class IdShape implements Shape {
    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String RULE =
            "use lowercase letters, digits and single hyphens, 2 to 32 characters " + "(for example applied-llm).";
    private static final Pattern REGEX = Pattern.compile(PATTERN);

    private final @Nullable String refersTo;
    private final List<Class<?>> targets;

    /** A defining id. */
    public IdShape() {
        this.refersTo = null;
        this.targets = List.of();
    }

    /**
     * A reference.
     *
     * @param refersTo what the id must name, e.g. "a source listed under sources"
     * @param targets the kinds of record it may name
     */
    public IdShape(String refersTo, List<Class<?>> targets) {
        this.refersTo = refersTo;
        this.targets = List.copyOf(targets);
    }

    /** What a reference may name; empty for a defining id. */
    public List<Class<?>> targets() {
        return targets;
    }

    /** How messages name the target, e.g. "specialization or background"; empty for a defining id. */
    public String targetName() {
        String r = refersTo == null ? "" : refersTo;
        return r.startsWith("a ") ? r.substring(2) : r;
    }

    public static boolean isId(String s) {
        return s.length() >= 2 && s.length() <= 32 && REGEX.matcher(s).matches();
    }

    @Override
    public String expected() {
        return refersTo == null ? "an id" : "the id of " + refersTo;
    }

    @Override
    public void check(Node node, String path, Checks checks) {
        if (!(node instanceof Node.Scalar s) || s.kind() != Node.Scalar.Kind.STRING) {
            checks.add(node.location(), path, "expected " + expected() + ", but found " + Shape.found(node) + ".");
            return;
        }
        if (!isId(s.text())) {
            checks.add(s.location(), path, "'" + s.text() + "' is not a valid id: " + RULE);
        }
    }

    @Override
    public Map<String, Object> toSchema(SchemaDefs defs) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        schema.put("pattern", PATTERN);
        schema.put("minLength", 2);
        schema.put("maxLength", 32);
        return schema;
    }
}
