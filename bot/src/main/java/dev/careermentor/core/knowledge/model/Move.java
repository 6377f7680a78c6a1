package dev.careermentor.core.knowledge.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A known switch between specializations (or from a background) and how hard it is. */
public record Move(String from, String to, Difficulty difficulty, String why) {

    public enum Difficulty {
        @JsonProperty("easy")
        EASY,
        @JsonProperty("common")
        COMMON,
        @JsonProperty("hard")
        HARD;

        public String label() {
            return switch (this) {
                case EASY -> "Easy";
                case COMMON -> "Common";
                case HARD -> "Hard";
            };
        }
    }
}
