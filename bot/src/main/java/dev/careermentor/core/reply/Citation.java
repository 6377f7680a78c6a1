package dev.careermentor.core.reply;

import dev.careermentor.core.knowledge.model.PartialDate;
import dev.careermentor.core.knowledge.model.Source;

/**
 * Where a fact comes from and how current it is. The full source details (publisher, dates) are in
 * the sources command; a reply names the article and the fact's as-of date.
 *
 * @param entryId the knowledge entry the fact belongs to, for "outdated?" reports
 */
public record Citation(String sourceId, String title, String asOf, String entryId) {

    public static Citation of(Source source, PartialDate asOf, String entryId) {
        return new Citation(source.id(), source.title(), asOf.toString(), entryId);
    }

    /** "“07 - Picking a specialization” [six-specializations], as of 2026" */
    public String line() {
        return "\u201C" + title + "\u201D [" + sourceId + "], as of " + asOf;
    }
}
