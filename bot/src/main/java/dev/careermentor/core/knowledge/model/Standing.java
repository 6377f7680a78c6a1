package dev.careermentor.core.knowledge.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Something a source says one specialization (or path) stands out for among its peers: "the biggest
 * hirer of the six", "the lowest barrier to entry". Rankings the data cannot compute, such as pay, come
 * from these claims; each claim belongs to one entry of a kind at most.
 */
public enum Standing {
    /** More openings than any other. */
    @JsonProperty("most-openings")
    MOST_OPENINGS,
    /** Fewer openings than any other. */
    @JsonProperty("fewest-openings")
    FEWEST_OPENINGS,
    /** The easiest to get into. */
    @JsonProperty("lowest-barrier")
    LOWEST_BARRIER,
    /** The hardest to get into. */
    @JsonProperty("highest-barrier")
    HIGHEST_BARRIER,
    /** The most competition for entry-level roles. */
    @JsonProperty("most-competitive-entry")
    MOST_COMPETITIVE_ENTRY,
    /** The easiest to get hired in right now, whatever the bar. */
    @JsonProperty("easiest-to-get-hired")
    EASIEST_TO_GET_HIRED
}
