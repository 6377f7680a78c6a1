package dev.careermentor.core.knowledge.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A source article, listed once; every fact cites one by id. */
public record Source(
        String id,
        String title,
        String publisher,
        String author,
        PartialDate date,
        DateKind dateKind,
        String contributes) {

    public enum DateKind {
        @JsonProperty("published")
        PUBLISHED,
        @JsonProperty("retrieved")
        RETRIEVED
    }

    /** "published 2026-01-06" or "retrieved 2026-11". */
    public String dateLabel() {
        return (dateKind == DateKind.PUBLISHED ? "published " : "retrieved ") + date;
    }
}
