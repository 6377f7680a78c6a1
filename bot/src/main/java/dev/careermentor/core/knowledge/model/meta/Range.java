package dev.careermentor.core.knowledge.model.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A whole number in a range. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE_USE)
public @interface Range {
    long min();

    long max();

    /** How to write it, shown when something else is found (e.g. "130K"). */
    String hint();
}
