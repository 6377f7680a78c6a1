package dev.careermentor.core.knowledge.model;

import dev.careermentor.core.knowledge.model.meta.Doc;
import dev.careermentor.core.knowledge.model.meta.Id;
import dev.careermentor.core.knowledge.model.meta.Kind;
import dev.careermentor.core.knowledge.model.meta.Range;
import dev.careermentor.core.knowledge.model.meta.Ref;
import dev.careermentor.core.knowledge.model.meta.Size;
import dev.careermentor.core.knowledge.model.meta.Text;
import java.util.ArrayList;
import java.util.List;

/** What switching specialization costs, and the moves the sources call easy or hard. */
@Kind(name = "switching", doc = "What switching specialization costs and which switches are easy or hard.")
public record Switching(
        @Doc("stable id") @Id String id,

        @Doc("one-line summary") @Text(max = Text.LINE, why = "one line in a chat reply")
        String summary,

        @Doc("what a switch costs") @Text(max = Text.PARAGRAPH, why = "a Discord embed field")
        String cost,

        @Doc("the cost in months") Months costMonths,

        @Doc("advice about switching") @Size(min = 1, max = 20, what = "points")
        List<@Text(max = Text.LINE, why = "one line in a chat reply") String> advice,

        @Doc("known switches") @Size(min = 1, max = 40, what = "moves")
        List<Move> moves,

        @Doc("the id of the source article these facts come from")
        @Ref(value = Source.class, what = "a source listed under sources")
        String source,

        @Doc("when these facts were last confirmed: YYYY, YYYY-MM or YYYY-MM-DD")
        PartialDate asOf)
        implements Entry {

    @Kind(name = "months", doc = "A range of months.", ordered = "min<=max")
    public record Months(
            @Doc("fewest months") @Range(min = 0, max = 120, hint = "write a number of months, e.g. 2.")
            int min,

            @Doc("most months") @Range(min = 0, max = 120, hint = "write a number of months, e.g. 3.")
            int max) {}

    public Switching {
        advice = List.copyOf(advice);
        moves = List.copyOf(moves);
    }

    @Override
    public String name() {
        return "Switching specialization";
    }

    @Override
    public List<Passage> passages() {
        List<Passage> out = new ArrayList<>();
        Passages.text(out, "How long", cost, asOf);
        Passages.items(out, "Advice", advice, asOf);
        Passages.items(
                out,
                "Known switches",
                moves.stream()
                        .map(m -> m.from() + " \u2192 " + m.to() + " ("
                                + m.difficulty().label() + "): " + m.why())
                        .toList(),
                asOf);
        return out;
    }
}
