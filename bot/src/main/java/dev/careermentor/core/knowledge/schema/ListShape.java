package dev.careermentor.core.knowledge.schema;

import dev.careermentor.core.knowledge.yaml.Node;
import java.util.LinkedHashMap;
import java.util.Map;

/** A list of values of one shape, with a size range. */
public final class ListShape implements Shape {
    private final Shape item;
    private final int min;
    private final int max;
    private final String what;

    /** @param what plural noun for messages, e.g. "options" */
    public ListShape(Shape item, int min, int max, String what) {
        this.item = item;
        this.min = min;
        this.max = max;
        this.what = what;
    }

    public Shape item() {
        return item;
    }

    @Override
    public String expected() {
        return "a list of " + min + " to " + max + " " + what;
    }

    @Override
    public void check(Node node, String path, Checks checks) {
        if (!(node instanceof Node.ListNode list)) {
            checks.add(
                    node.location(),
                    path,
                    "expected " + expected() + ", but found " + Shape.found(node)
                            + ". Write each item on its own line starting with '- ', or as [a, b].");
            return;
        }
        int n = list.items().size();
        if (n < min) {
            checks.add(
                    list.location(),
                    path,
                    "has " + n + " " + what + "; at least " + min + " are needed: add " + (min - n) + " more.");
        } else if (n > max) {
            checks.add(
                    list.items().get(max).location(),
                    path,
                    "has " + n + " " + what + "; at most " + max + " are allowed: remove " + (n - max) + ".");
        }
        for (int i = 0; i < n; i++) {
            Node child = list.items().get(i);
            item.check(child, path + label(child, i), checks);
        }
    }

    /** {@code [some-id]} when the item has an id, else {@code [#3]} (1-based, as people count). */
    static String label(Node child, int index) {
        if (child instanceof Node.MapNode m) {
            String id = m.text("id");
            if (id != null && !id.isBlank() && id.length() <= 40) return "[" + id + "]";
        }
        return "[#" + (index + 1) + "]";
    }

    @Override
    public Map<String, Object> toSchema(SchemaDefs defs) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "array");
        schema.put("minItems", min);
        schema.put("maxItems", max);
        schema.put("items", item.toSchema(defs));
        return schema;
    }
}
