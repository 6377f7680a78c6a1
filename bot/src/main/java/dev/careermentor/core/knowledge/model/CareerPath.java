package dev.careermentor.core.knowledge.model;

import java.util.List;

/** One of the two career paths: engineering implementation or algorithm research. */
public record CareerPath(
        String id,
        String name,
        List<String> aliases,
        String summary,
        List<String> work,
        List<String> roles,
        String education,
        String outlook,
        List<String> notes,
        String source,
        PartialDate asOf)
        implements Entry {
    public CareerPath {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        notes = notes == null ? List.of() : List.copyOf(notes);
        work = List.copyOf(work);
        roles = List.copyOf(roles);
    }
}
