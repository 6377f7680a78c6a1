package dev.careermentor.core.knowledge.model;

import java.util.List;

/** One of the six specializations. */
public record Specialization(
        String id,
        String name,
        List<String> aliases,
        String summary,
        List<String> dayToDay,
        List<String> skills,
        String hiring,
        String fit,
        List<String> breakIn,
        Salary salary,
        String source,
        PartialDate asOf)
        implements Entry {
    public Specialization {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        dayToDay = List.copyOf(dayToDay);
        skills = List.copyOf(skills);
        breakIn = List.copyOf(breakIn);
    }
}
