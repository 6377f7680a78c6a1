package dev.careermentor.core.knowledge.model;

import java.util.List;

/** A prose topic (how to become one, what hiring managers value, how to choose...). */
public record Topic(
        String id,
        String name,
        List<String> aliases,
        String summary,
        List<Section> sections,
        String source,
        PartialDate asOf)
        implements Entry {
    public Topic {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        sections = List.copyOf(sections);
    }
}
