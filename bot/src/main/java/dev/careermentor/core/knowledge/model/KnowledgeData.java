package dev.careermentor.core.knowledge.model;

import java.util.List;

/** The knowledge file as written, after validation; see {@code knowledge/README.md} for each field. */
public record KnowledgeData(
        int format,
        List<Source> sources,
        List<CareerPath> paths,
        Topic pathsAdvice,
        List<Specialization> specializations,
        List<Background> backgrounds,
        Switching switching,
        Role role,
        Topic become,
        Topic hiring,
        Topic choosing,
        Quiz quiz) {

    public KnowledgeData {
        sources = List.copyOf(sources);
        paths = List.copyOf(paths);
        specializations = List.copyOf(specializations);
        backgrounds = List.copyOf(backgrounds);
    }
}
