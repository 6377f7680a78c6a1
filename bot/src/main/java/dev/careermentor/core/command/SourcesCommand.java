package dev.careermentor.core.command;

import dev.careermentor.core.knowledge.model.Source;
import dev.careermentor.core.reply.Reply;

/** The source articles with their dates. */
public final class SourcesCommand implements Command {

    @Override
    public String name() {
        return "sources";
    }

    @Override
    public String summary() {
        return "The source articles with their dates";
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, "Sources")
                .text("Every fact I state cites one of these articles by its id. The wording is ours; "
                        + "facts and figures are theirs.");
        for (Source s : ctx.knowledge().data().sources()) {
            b.field(
                    s.title(),
                    "id: " + s.id() + "\n" + s.publisher()
                            + (s.author() == null ? "" : "; " + s.author()) + "; " + s.dateLabel()
                            + "\n" + s.contributes());
        }
        return b.shareAs("sources").build();
    }
}
