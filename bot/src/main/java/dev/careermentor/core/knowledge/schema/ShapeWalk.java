package dev.careermentor.core.knowledge.schema;

import dev.careermentor.core.knowledge.yaml.Node;

/**
 * Walks a file's tree together with the shapes that describe it, so rules can find every entry, every
 * reference and every range without listing where they live. Parts whose form is wrong are skipped:
 * the shape checks report those.
 */
final class ShapeWalk {
    private ShapeWalk() {}

    interface Visitor {
        /** A mapping that has the form of a record. */
        default void object(Node.MapNode node, ObjectShape shape, String path) {}

        /** A text value where an id (defining or referring) belongs. */
        default void id(Node.Scalar node, IdShape shape, String path) {}
    }

    static void walk(Node node, Shape shape, String path, Visitor visitor) {
        if (shape instanceof ObjectShape object && node instanceof Node.MapNode map) {
            visitor.object(map, object, path);
            for (Node.Entry e : map.entries().values()) {
                Field field = object.fields().get(e.key());
                if (field != null)
                    walk(e.value(), field.shape(), path.isEmpty() ? e.key() : path + "." + e.key(), visitor);
            }
        } else if (shape instanceof ListShape list && node instanceof Node.ListNode items) {
            for (int i = 0; i < items.items().size(); i++) {
                Node item = items.items().get(i);
                walk(item, list.item(), path + ListShape.label(item, i), visitor);
            }
        } else if (shape instanceof MapShape mapShape && node instanceof Node.MapNode map) {
            for (Node.Entry e : map.entries().values())
                walk(e.value(), mapShape.value(), path + "." + e.key(), visitor);
        } else if (shape instanceof IdShape id
                && node instanceof Node.Scalar s
                && s.kind() == Node.Scalar.Kind.STRING) {
            visitor.id(s, id, path);
        }
    }
}
