package dev.careermentor.core.knowledge.model;

import java.util.List;

/** Where someone comes from (backend, frontend, ...) and the specializations it leads to. */
public record Background(
        String id,
        String name,
        List<String> aliases,
        List<String> suggests,
        String note,
        String source,
        PartialDate asOf)
        implements Entry {
    public Background {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        suggests = List.copyOf(suggests);
    }
}
