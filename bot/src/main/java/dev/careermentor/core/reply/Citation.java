package dev.careermentor.core.reply;

import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.model.PartialDate;
import dev.careermentor.core.knowledge.model.Source;

/**
 * Where a fact comes from and how current it is. The full source details (publisher, dates) are in
 * the sources command; a reply names the article and the fact's as-of date, in the reply's language.
 *
 * @param entryId the knowledge entry the fact belongs to, for "outdated?" reports
 * @param lang the language of the reply that cites it
 */
public record Citation(String sourceId, String title, String asOf, String entryId, Lang lang) {

    public Citation(String sourceId, String title, String asOf, String entryId) {
        this(sourceId, title, asOf, entryId, Lang.EN);
    }

    public static Citation of(Source source, PartialDate asOf, String entryId) {
        return of(source, asOf, entryId, Lang.EN);
    }

    public static Citation of(Source source, PartialDate asOf, String entryId, Lang lang) {
        return new Citation(source.id(), source.title(), asOf.toString(), entryId, lang);
    }

    /** "“07 - Picking a specialization” [six-specializations], as of 2026" */
    public String line() {
        return Msg.get(lang, "cite.line", title, sourceId, asOf);
    }

    /** "Source: “07 - Picking a specialization” [six-specializations], as of 2026", as replies end. */
    public String sourceLine() {
        return Msg.get(lang, "cite.source", line());
    }
}
