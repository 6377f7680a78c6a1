package dev.careermentor.core.reply;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Entry;
import dev.careermentor.core.knowledge.model.PartialDate;

/** Citations for entries of a loaded knowledge, in the language of its face. */
public final class Cite {
    private Cite() {}

    public static Citation entry(Knowledge k, Entry e) {
        return Citation.of(k.source(e.source()), e.asOf(), e.id(), k.lang());
    }

    /** A citation whose as-of differs from its entry's, such as a salary block's. */
    public static Citation fact(Knowledge k, String sourceId, PartialDate asOf, String entryId) {
        return Citation.of(k.source(sourceId), asOf, entryId, k.lang());
    }
}
