package dev.careermentor.core.command;

import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.model.Source;
import dev.careermentor.core.reply.Reply;

/** The source articles with their dates. */
public final class SourcesCommand implements Command {

    @Override
    public String name() {
        return "sources";
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Lang lang = ctx.knowledge().lang();
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, Msg.get(lang, "cmd.sources.title"))
                .text(Msg.get(lang, "cmd.sources.text"));
        for (Source s : ctx.knowledge().data().sources()) {
            b.field(
                    s.title(),
                    Msg.get(lang, "cmd.sources.id", s.id()) + "\n" + s.publisher()
                            + (s.author() == null ? "" : Msg.get(lang, "cmd.sep.parts") + s.author())
                            + Msg.get(lang, "cmd.sep.parts") + s.dateLabel(lang)
                            + "\n" + s.contributes());
        }
        return b.shareAs("sources").build();
    }
}
