package dev.careermentor.core.knowledge.model;

/** Anything in the knowledge a user can be told about: it has an id, a name, a source and an as-of. */
public interface Entry {
    String id();

    String name();

    String source();

    PartialDate asOf();
}
