package dev.careermentor.core.knowledge.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.careermentor.core.knowledge.model.meta.Doc;
import dev.careermentor.core.knowledge.model.meta.Kind;
import dev.careermentor.core.knowledge.model.meta.Ref;
import dev.careermentor.core.knowledge.model.meta.Text;

/** A known switch between specializations (or from a background) and how hard it is. */
@Kind(name = "move", doc = "A switch the sources describe, and how hard it is.")
public record Move(
        @Doc("where the switch starts")
        @Ref(
                value = {Specialization.class, Background.class},
                what = "a specialization or background")
        String from,

        @Doc("the specialization it goes to") @Ref(value = Specialization.class, what = "a specialization")
        String to,

        @Doc("how hard it is") Difficulty difficulty,

        @Doc("why it is easy or hard") @Text(max = Text.LINE, why = "one line in a chat reply")
        String why) {

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
