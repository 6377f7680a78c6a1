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

/**
 * A prose topic (how to become one, what hiring managers value, how to choose...). Topics are data: a
 * moderator adds one to the {@code topics} list and every surface offers it, with no code change.
 */
@Kind(name = "topic", doc = "A prose topic made of headed sections.", names = "topics")
public record Topic(
        @Doc("stable id, used in reports and buttons") @Id String id,

        @Doc("display name") @Text(max = Text.NAME, why = "a title in a chat reply")
        String name,

        @Doc("other names users type") @OptionalField @Size(min = 0, max = 20, what = "aliases")
        List<@Text(max = Text.ALIAS, why = "a name users type") String> aliases,

        @Doc("one-line summary") @Text(max = Text.LINE, why = "one line in a chat reply")
        String summary,

        @Doc("a word that opens this topic directly, such as become; also a /mentor subcommand on Discord")
        @Id
        @Nullable
        String command,

        @Doc("the topic's sections, in order") @Size(min = 1, max = 20, what = "sections")
        List<Section> sections,

        @Doc("the id of the source article these facts come from")
        @Ref(value = Source.class, what = "a source listed under sources")
        String source,

        @Doc("when these facts were last confirmed: YYYY, YYYY-MM or YYYY-MM-DD")
        PartialDate asOf)
        implements Entry {
    public Topic {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        sections = List.copyOf(sections);
    }

    @Override
    public List<Passage> passages() {
        List<Passage> out = new ArrayList<>();
        Passages.text(out, "Summary", summary, asOf);
        Passages.sections(out, sections, asOf);
        return out;
    }
}
