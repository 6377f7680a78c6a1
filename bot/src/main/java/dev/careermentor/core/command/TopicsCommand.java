package dev.careermentor.core.command;

import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
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
    public Reply run(CommandContext ctx, Request request) {
        Lang lang = ctx.knowledge().lang();
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, Msg.get(lang, "cmd.topics.title"))
                .text(Msg.get(lang, "cmd.topics.text", ctx.user().surface().command("become certifications")));
        for (Topic t : ctx.knowledge().topics().all()) {
            b.field(
                    ctx.user().surface().command(TopicCommand.opener(t) + " [part]"),
                    Msg.get(lang, "cmd.labeled", t.name(), Limits.shorten(t.summary(), 200)));
        }
        return b.shareAs("topics").build();
    }
}
