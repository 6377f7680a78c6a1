package dev.careermentor.core.knowledge.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.careermentor.core.knowledge.model.meta.Doc;
import dev.careermentor.core.knowledge.model.meta.Id;
import dev.careermentor.core.knowledge.model.meta.Kind;
import dev.careermentor.core.knowledge.model.meta.Text;
import org.jspecify.annotations.Nullable;

/** A source article, listed once; every fact cites one by id. */
@Kind(name = "source", doc = "A source article, listed once. Facts cite it by id.")
public record Source(
        @Doc("short id facts use to cite this article") @Id String id,

        @Doc("the article's title") @Text(max = Text.TITLE, why = "a reply footer")
        String title,

        @Doc("who published it") @Text(max = Text.TITLE, why = "a reply footer")
        String publisher,

        @Doc("who wrote it, when stated") @Text(max = Text.TITLE, why = "a reply footer") @Nullable
        String author,

        @Doc("when it was published, or retrieved when no date is stated")
        PartialDate date,

        @Doc("what the date is") DateKind dateKind,

        @Doc("which facts the knowledge takes from it") @Text(max = Text.LINE, why = "one line in a chat reply")
        String contributes) {

    public enum DateKind {
        @JsonProperty("published")
        PUBLISHED,
        @JsonProperty("retrieved")
        RETRIEVED
    }

    /** "published 2026-01-06" or "retrieved 2026-11". */
    public String dateLabel() {
        return dateLabel(dev.careermentor.core.i18n.Lang.EN);
    }

    /** {@link #dateLabel()} in {@code lang}. */
    public String dateLabel(dev.careermentor.core.i18n.Lang lang) {
        return dev.careermentor.core.i18n.Msg.get(
                lang,
                dateKind == DateKind.PUBLISHED ? "model.source.published" : "model.source.retrieved",
                date.toString());
    }
}
