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

/** Where someone comes from (backend, frontend, ...) and the specializations it leads to. */
@Kind(
        name = "background",
        doc = "A background people come from, and the specializations it leads to.",
        names = "specializations and backgrounds")
public record Background(
        @Doc("stable id") @Id String id,

        @Doc("display name") @Text(max = Text.NAME, why = "a title in a chat reply")
        String name,

        @Doc("other names users type") @OptionalField @Size(min = 0, max = 20, what = "aliases")
        List<@Text(max = Text.ALIAS, why = "a name users type") String> aliases,

        @Doc("where it usually leads") @Size(min = 1, max = 3, what = "specialization ids")
        List<@Ref(value = Specialization.class, what = "a specialization") String> suggests,

        @Doc("why") @Text(max = Text.LINE, why = "one line in a chat reply")
        String note,

        @Doc("the id of the source article these facts come from")
        @Ref(value = Source.class, what = "a source listed under sources")
        String source,

        @Doc("when these facts were last confirmed: YYYY, YYYY-MM or YYYY-MM-DD")
        PartialDate asOf)
        implements Entry {
    public Background {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        suggests = List.copyOf(suggests);
    }

    @Override
    public List<Passage> passages() {
        List<Passage> out = new ArrayList<>();
        Passages.text(out, "Where it leads", note, asOf);
        return out;
    }
}
