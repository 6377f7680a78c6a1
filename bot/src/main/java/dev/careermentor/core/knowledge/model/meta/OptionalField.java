package dev.careermentor.core.knowledge.model.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field that may be left out of the file; the record then holds its empty value (an empty list, or
 * false). A field typed {@code @Nullable} is optional too, and holds null when left out.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OptionalField {}
