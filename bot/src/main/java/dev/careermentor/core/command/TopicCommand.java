package dev.careermentor.core.command;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.NameIndex;
import dev.careermentor.core.knowledge.model.Section;
import dev.careermentor.core.knowledge.model.Topic;
import dev.careermentor.core.reply.Cite;
import dev.careermentor.core.reply.Reply;
import java.util.List;

/** A command that shows a prose topic, whole or one part at a time. */
abstract class TopicCommand implements Command, Sectioned {

    abstract Topic topic(Knowledge k);

    @Override
    public List<Param> params() {
        return List.of(new Param("part", Param.Type.SECTION, false, "one part of the topic, or all"));
    }

    @Override
    public List<Section> sections(Knowledge k) {
        return topic(k).sections();
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Knowledge k = ctx.knowledge();
        Topic t = topic(k);
        String part = request.arg("part");
        Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, t.name()).text(t.summary());
        boolean found = Answers.sections(b, t.sections(), part, name(), ctx.user());
        if (part != null && !found) {
            return Answers.noSuchPart(ctx.user(), name(), part, t.sections());
        }
        return b.cite(Cite.entry(k, t))
                .shareAs(Sectioned.canonical(name(), part))
                .build();
    }

    @Override
    public List<NameIndex.Suggestion> suggestParts(Knowledge k, String typed, int max) {
        return Parts.suggest(sections(k), typed, max);
    }
}
