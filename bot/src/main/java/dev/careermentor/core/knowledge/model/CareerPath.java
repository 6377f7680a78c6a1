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

/** One of the two career paths: engineering implementation or algorithm research. */
@Kind(name = "career path", doc = "One of the two career paths.", names = "paths")
public record CareerPath(
        @Doc("stable id, used in commands and buttons") @Id String id,

        @Doc("display name") @Text(max = Text.NAME, why = "a title in a chat reply")
        String name,

        @Doc("other names users type") @OptionalField @Size(min = 0, max = 20, what = "aliases")
        List<@Text(max = Text.ALIAS, why = "a name users type") String> aliases,

        @Doc("one-line summary") @Text(max = Text.LINE, why = "one line in a chat reply")
        String summary,

        @Doc("the work this path covers") @Size(min = 1, max = 20, what = "kinds of work")
        List<@Text(max = Text.LINE, why = "one line in a chat reply") String> work,

        @Doc("typical job titles") @Size(min = 1, max = 20, what = "roles")
        List<@Text(max = Text.NAME, why = "a job title") String> roles,

        @Doc("the education bar") @Text(max = Text.PARAGRAPH, why = "a Discord embed field")
        String education,

        @Doc("the job-market outlook") @Text(max = Text.PARAGRAPH, why = "a Discord embed field")
        String outlook,

        @Doc("what the source says this path stands out for among the paths, e.g. most-openings")
        @OptionalField
        @Size(min = 0, max = 6, what = "claims")
        List<Standing> standsOut,

        @Doc("caveats and extra points") @OptionalField @Size(min = 1, max = 20, what = "points")
        List<@Text(max = Text.LINE, why = "one line in a chat reply") String> notes,

        @Doc("the id of the source article these facts come from")
        @Ref(value = Source.class, what = "a source listed under sources")
        String source,

        @Doc("when these facts were last confirmed: YYYY, YYYY-MM or YYYY-MM-DD")
        PartialDate asOf)
        implements Entry {
    public CareerPath {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        notes = notes == null ? List.of() : List.copyOf(notes);
        standsOut = standsOut == null ? List.of() : List.copyOf(standsOut);
        work = List.copyOf(work);
        roles = List.copyOf(roles);
    }

    @Override
    public List<Passage> passages() {
        List<Passage> out = new ArrayList<>();
        Passages.text(out, "Summary", summary, asOf);
        Passages.items(out, "The work", work, asOf);
        Passages.items(out, "Typical roles", roles, asOf);
        Passages.text(out, "Education bar", education, asOf);
        Passages.text(out, "Outlook", outlook, asOf);
        Passages.items(out, "Worth knowing", notes, asOf);
        return out;
    }
}
