package dev.careermentor.core.knowledge.schema;

/** One key of an {@link ObjectShape}: its shape, whether it must be present, and what it is for. */
public record Field(String name, Shape shape, boolean required, String description) {

    public static Field req(String name, Shape shape, String description) {
        return new Field(name, shape, true, description);
    }

    public static Field opt(String name, Shape shape, String description) {
        return new Field(name, shape, false, description);
    }
}
