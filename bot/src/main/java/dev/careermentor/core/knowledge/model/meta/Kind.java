package dev.careermentor.core.knowledge.model.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What moderators call a record of the knowledge file, and what it is for. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Kind {
    /** The name used in messages ("missing field 'hiring' in specialization") and the schema. */
    String name();

    /** One sentence for the schema. */
    String doc();

    /** Optional fields of which at least one must be present, e.g. a section's text or items. */
    String[] anyOf() default {};

    /**
     * Entries whose ids, names and aliases share one namespace, where each name may point to one entry
     * only; empty for records that are not named entries.
     */
    String names() default "";

    /** Pairs of number fields that must be in order, written "min<=max". */
    String[] ordered() default {};
}
