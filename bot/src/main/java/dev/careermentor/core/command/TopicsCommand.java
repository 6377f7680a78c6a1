package dev.careermentor.core.command;

import dev.careermentor.core.knowledge.model.Topic;
import dev.careermentor.core.reply.Limits;
import dev.careermentor.core.reply.Reply;
import java.util.List;

/** Every topic of the knowledge, one line each, with the words that open it. */
public final class TopicsCommand implements Command {

    @Override
    public String name() {
        return "topics";
    }

    @Override
    public List<String> aliases() {
        return List.of("guides");
    }

    @Override
    public String summary() {
        return "Every topic, one line each, and how to open it";
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, "Topics")
                .text("Open one with the words shown, and one part of it with a word from its heading (e.g. "
                        + ctx.user().surface().command("become certifications") + ").");
        for (Topic t : ctx.knowledge().topics().all()) {
            b.field(
                    ctx.user().surface().command(TopicCommand.opener(t) + " [part]"),
                    t.name() + ": " + Limits.shorten(t.summary(), 200));
        }
        return b.shareAs("topics").build();
    }
}
