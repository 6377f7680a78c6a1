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

/** A term the sources explain (RAG, RLHF, LoRA...), in our words, with where it comes up. */
@Kind(name = "term", doc = "A term the sources explain, with the entries where it matters.", names = "glossary")
public record Term(
        @Doc("stable id, e.g. rag") @Id String id,

        @Doc("the term as written, e.g. RAG") @Text(max = Text.NAME, why = "a title in a chat reply")
        String name,

        @Doc("other ways people write it, e.g. retrieval-augmented generation")
        @OptionalField
        @Size(min = 0, max = 20, what = "aliases")
        List<@Text(max = Text.ALIAS, why = "a name users type") String> aliases,

        @Doc("what it means, as the source explains it") @Text(max = Text.PARAGRAPH, why = "a Discord embed field")
        String text,

        @Doc("entries where the term matters, shown as see also")
        @OptionalField
        @Size(min = 0, max = 5, what = "entry ids")
        List<
                        @Ref(
                                value = {Specialization.class, CareerPath.class, Topic.class, Role.class},
                                what = "an entry")
                        String>
                see,

        @Doc("the id of the source article these facts come from")
        @Ref(value = Source.class, what = "a source listed under sources")
        String source,

        @Doc("when these facts were last confirmed: YYYY, YYYY-MM or YYYY-MM-DD")
        PartialDate asOf)
        implements Entry {
    public Term {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        see = see == null ? List.of() : List.copyOf(see);
    }

    @Override
    public List<Passage> passages() {
        List<Passage> out = new ArrayList<>();
        Passages.text(out, name, text, asOf);
        return out;
    }
}
