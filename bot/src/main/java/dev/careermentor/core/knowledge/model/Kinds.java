package dev.careermentor.core.knowledge.model;

import dev.careermentor.core.knowledge.model.meta.Kind;

/** Reads the {@link Kind} of a record class once. */
final class Kinds {
    private Kinds() {}

    private static final ClassValue<String> NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            Kind kind = type.getAnnotation(Kind.class);
            return kind == null ? type.getSimpleName().toLowerCase(java.util.Locale.ROOT) : kind.name();
        }
    };

    static String name(Class<?> type) {
        return NAMES.get(type);
    }
}
