package dev.careermentor.core.knowledge.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

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

    /** Its text, one labelled passage per field or section, as questions are answered from it. */
    List<Passage> passages();

    /** Parts whose facts carry an as-of date of their own, such as salary figures; usually none. */
    default List<Dated> dated() {
        return List.of();
    }

    /**
     * A labelled piece of an entry's text: a paragraph, a list, or both, the date its facts hold for, and
     * words people use to ask about it (a section's keywords).
     */
    record Passage(String label, @Nullable String text, List<String> items, PartialDate asOf, List<String> keywords) {
        public Passage {
            items = List.copyOf(items);
            keywords = List.copyOf(keywords);
        }

        /** The paragraph, then each item on its own line after a bullet. */
        public String body() {
            StringBuilder sb = new StringBuilder(text == null ? "" : text);
            for (String item : items) {
                if (sb.length() > 0) sb.append('\n');
                sb.append(Passages.BULLET).append(item);
            }
            return sb.toString();
        }
    }

    /** A part of an entry with its own as-of date: "salary figures" as of 2026. */
    record Dated(String what, PartialDate asOf) {}
}
