package dev.careermentor.core.knowledge.model;

import dev.careermentor.core.knowledge.model.meta.Doc;
import dev.careermentor.core.knowledge.model.meta.Kind;
import dev.careermentor.core.knowledge.model.meta.OptionalField;
import dev.careermentor.core.knowledge.model.meta.Range;
import dev.careermentor.core.knowledge.model.meta.Text;
import org.jspecify.annotations.Nullable;

/** A pay range for one level; {@code openEnded} marks a top written like "1M+". */
@Kind(name = "pay band", doc = "A pay range for one level, in whole currency units.", ordered = "min<=max")
public record Band(
        @Doc("bottom of the range") @Range(min = 0, max = Units.MAX, hint = Units.HINT)
        long min,

        @Doc("top of the range") @Range(min = 0, max = Units.MAX, hint = Units.HINT)
        long max,

        @Doc("true when the top is open, as in \"1M+\"") @OptionalField
        boolean openEnded,

        @Doc("a qualifier such as \"at frontier labs\"")
        @Text(max = Text.LINE, why = "one line in a chat reply")
        @Nullable
        String note) {

    /** How money is written in the file: whole currency units, as digits. */
    public static final class Units {
        private Units() {}

        public static final long MAX = 100_000_000;
        public static final String HINT = "write whole currency units as digits, e.g. 130000 for $130K.";
    }
}
