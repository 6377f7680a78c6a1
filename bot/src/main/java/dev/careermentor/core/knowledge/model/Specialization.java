package dev.careermentor.core.knowledge.model;

import dev.careermentor.core.knowledge.model.meta.Doc;
import dev.careermentor.core.knowledge.model.meta.Id;
import dev.careermentor.core.knowledge.model.meta.Kind;
import dev.careermentor.core.knowledge.model.meta.OptionalField;
import dev.careermentor.core.knowledge.model.meta.Ref;
import dev.careermentor.core.knowledge.model.meta.Size;
import dev.careermentor.core.knowledge.model.meta.Text;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One of the six specializations. */
@Kind(name = "specialization", doc = "One of the six specializations.", names = "specializations and backgrounds")
public record Specialization(
        @Doc("stable id, used in commands, quiz weights and buttons") @Id
        String id,

        @Doc("display name") @Text(max = Text.NAME, why = "a title in a chat reply")
        String name,

        @Doc("other names users type, e.g. serving, evals") @OptionalField @Size(min = 0, max = 20, what = "aliases")
        List<@Text(max = Text.ALIAS, why = "a name users type") String> aliases,

        @Doc("one-line summary") @Text(max = Text.LINE, why = "one line in a chat reply")
        String summary,

        @Doc("what the work looks like day to day") @Size(min = 1, max = 20, what = "points")
        List<@Text(max = Text.LINE, why = "one line in a chat reply") String> dayToDay,

        @Doc("skills it asks for") @Size(min = 1, max = 20, what = "points")
        List<@Text(max = Text.LINE, why = "one line in a chat reply") String> skills,

        @Doc("hiring outlook") @Text(max = Text.PARAGRAPH, why = "a Discord embed field")
        String hiring,

        @Doc("who it suits") @Text(max = Text.LINE, why = "one line in a chat reply") @Nullable
        String fit,

        @Doc("how to break in, as steps") @Size(min = 1, max = 20, what = "points")
        List<@Text(max = Text.LINE, why = "one line in a chat reply") String> breakIn,

        @Doc("pay ranges") Salary salary,

        @Doc("what the source says this specialization stands out for among the six, e.g. most-openings")
        @OptionalField
        @Size(min = 0, max = 6, what = "claims")
        List<Standing> standsOut,

        @Doc("the id of the source article these facts come from")
        @Ref(value = Source.class, what = "a source listed under sources")
        String source,

        @Doc("when these facts were last confirmed: YYYY, YYYY-MM or YYYY-MM-DD")
        PartialDate asOf)
        implements Entry {
    public Specialization {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        dayToDay = List.copyOf(dayToDay);
        skills = List.copyOf(skills);
        breakIn = List.copyOf(breakIn);
        standsOut = standsOut == null ? List.of() : List.copyOf(standsOut);
    }

    @Override
    public List<Passage> passages() {
        List<Passage> out = new ArrayList<>();
        Passages.text(out, "Summary", summary, asOf);
        Passages.items(out, "Day to day", dayToDay, asOf);
        Passages.items(out, "Skills", skills, asOf);
        Passages.text(out, "Hiring outlook", hiring, asOf);
        Passages.text(out, "Who it suits", fit, asOf);
        Passages.items(out, "How to break in", breakIn, asOf);
        Passages.text(
                out,
                "Pay (" + dev.careermentor.core.text.Pay.basis(salary) + ")",
                dev.careermentor.core.text.Pay.levelsWithNote(salary),
                salary.asOf());
        return out;
    }

    @Override
    public List<Dated> dated() {
        return List.of(new Dated("salary figures", salary.asOf()));
    }
}
