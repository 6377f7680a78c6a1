package dev.careermentor.core.knowledge.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.model.meta.Doc;
import dev.careermentor.core.knowledge.model.meta.Kind;
import dev.careermentor.core.knowledge.model.meta.Ref;
import dev.careermentor.core.knowledge.model.meta.Text;

/**
 * A switch the sources describe, from a specialization or a background, and what they call it: only a
 * rating a source gives ("easy", "common", "harder", "often the easiest pivot"), or "recommended" where a
 * source points a background there without rating how hard it is.
 */
@Kind(name = "move", doc = "A switch the sources describe, and what they call it.")
public record Move(
        @Doc("where the switch starts")
        @Ref(
                value = {Specialization.class, Background.class},
                what = "a specialization or background")
        String from,

        @Doc("the specialization it goes to") @Ref(value = Specialization.class, what = "a specialization")
        String to,

        @Doc("what the source calls it: easiest, easy, common, recommended (no rating given) or hard")
        Difficulty difficulty,

        @Doc("what the source says about it, in our words") @Text(max = Text.LINE, why = "one line in a chat reply")
        String why) {

    /** In order from the easiest the sources name to the hardest; RECOMMENDED is no rating at all. */
    public enum Difficulty {
        @JsonProperty("easiest")
        EASIEST,
        @JsonProperty("easy")
        EASY,
        @JsonProperty("common")
        COMMON,
        @JsonProperty("recommended")
        RECOMMENDED,
        @JsonProperty("hard")
        HARD;

        /** As the sources put it. */
        public String label() {
            return label(Lang.EN);
        }

        /** As the sources put it, in {@code lang}. */
        public String label(Lang lang) {
            return Msg.get(lang, "model.difficulty." + name().toLowerCase(java.util.Locale.ROOT));
        }

        /** What the sources call the move, then what they say of it, without saying the rating twice. */
        public String described(String why) {
            return described(why, Lang.EN);
        }

        /** {@link #described(String)} in {@code lang}; {@code why} is already in it. */
        public String described(String why, Lang lang) {
            String label = label(lang);
            return why.toLowerCase(java.util.Locale.ROOT).contains(label.toLowerCase(java.util.Locale.ROOT))
                    ? why
                    : Msg.get(lang, "model.difficulty.described", label, why);
        }

        /** Whether a source rates how hard the move is. */
        public boolean rated() {
            return this != RECOMMENDED;
        }
    }
}
