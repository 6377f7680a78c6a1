package dev.careermentor.core.knowledge.model;

import dev.careermentor.core.knowledge.model.meta.Doc;
import dev.careermentor.core.knowledge.model.meta.Kind;
import dev.careermentor.core.knowledge.model.meta.Text;
import org.jspecify.annotations.Nullable;

/** Pay for a specialization, early career and senior, with the region, currency and date it holds for. */
@Kind(name = "salary", doc = "Pay for a specialization, with the region, currency and date it holds for.")
public record Salary(
        @Doc("where the figures apply, e.g. US") @Text(max = Text.NAME, why = "a title in a chat reply")
        String region,

        @Doc("ISO currency code, e.g. USD") @Text(max = 8, why = "a currency code")
        String currency,

        @Doc("when these facts were last confirmed: YYYY, YYYY-MM or YYYY-MM-DD")
        PartialDate asOf,

        @Doc("a qualifier for both levels") @Text(max = Text.LINE, why = "one line in a chat reply") @Nullable
        String note,

        @Doc("early-career range") Band early,
        @Doc("senior range") Band senior) {

    public enum Level {
        EARLY,
        SENIOR
    }

    public Band band(Level level) {
        return level == Level.EARLY ? early : senior;
    }
}
