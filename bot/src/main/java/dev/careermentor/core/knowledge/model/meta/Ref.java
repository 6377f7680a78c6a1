package dev.careermentor.core.knowledge.model.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The id of another record of the file; validation checks that one with that id exists. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE_USE)
public @interface Ref {
    /** The kinds of record the id may name. */
    Class<?>[] value();

    /** How messages name what it refers to, e.g. "a source listed under sources". */
    String what();
}
