package dev.careermentor.core.knowledge.model;

import java.util.List;

/**
 * Anything in the knowledge a user can be told about: it has an id, a name, a source and an as-of.
 * Every kind of entry describes itself the same way, so moderation, search, staleness and diffs walk
 * {@link KnowledgeData#entries()} without knowing the kinds.
 */
public interface Entry {
    String id();

    String name();

    String source();

    PartialDate asOf();

    /** What moderators call this kind of entry: "specialization", "topic", ... */
    default String kind() {
        return Kinds.name(getClass());
    }

    /** Other names users type for it. */
    default List<String> aliases() {
        return List.of();
    }

    /** Its text, one labelled passage per fact or list, as search indexes and cites it. */
    List<Passage> passages();

    /** Parts whose facts carry an as-of date of their own, such as salary figures; usually none. */
    default List<Dated> dated() {
        return List.of();
    }

    /** A labelled piece of an entry's text and the date its facts hold for. */
    record Passage(String label, String text, PartialDate asOf) {}

    /** A part of an entry with its own as-of date: "salary figures" as of 2026. */
    record Dated(String what, PartialDate asOf) {}
}
