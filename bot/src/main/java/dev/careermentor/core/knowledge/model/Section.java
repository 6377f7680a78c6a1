package dev.careermentor.core.knowledge.model;

import dev.careermentor.core.knowledge.model.meta.Doc;
import dev.careermentor.core.knowledge.model.meta.Kind;
import dev.careermentor.core.knowledge.model.meta.OptionalField;
import dev.careermentor.core.knowledge.model.meta.Size;
import dev.careermentor.core.knowledge.model.meta.Text;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A headed part of a topic: a paragraph, a list of points, or both. */
@Kind(
        name = "section",
        doc = "A headed part of a topic: a paragraph, a list of points, or both.",
        anyOf = {"text", "items"})
public record Section(
        @Doc("the section heading") @Text(max = Text.HEADING, why = "an embed field name")
        String heading,

        @Doc("a paragraph") @Text(max = Text.PARAGRAPH, why = "a Discord embed field") @Nullable
        String text,

        @Doc("a list of points") @OptionalField @Size(min = 1, max = 20, what = "points")
        List<@Text(max = Text.LINE, why = "one line in a chat reply") String> items,

        @Doc("words people use when they ask about this section, in any language (not shown)")
        @OptionalField
        @Size(min = 0, max = 30, what = "keywords")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> keywords) {
    public Section {
        items = items == null ? List.of() : List.copyOf(items);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
