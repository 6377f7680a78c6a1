package dev.careermentor.core.command;

import dev.careermentor.core.Surface;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.model.Topic;
import dev.careermentor.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/** Lists every command, one line each. */
public final class HelpCommand implements Command {
    /** A question help offers as an example of asking in plain words. */
    public static final String EXAMPLE_QUESTION = Msg.get(Lang.EN, "cmd.help.example");

    @Override
    public String name() {
        return "help";
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Lang lang = ctx.knowledge().lang();
        Surface surface = ctx.user().surface();
        String leave = surface.howToLeave().isEmpty() ? "" : "\n" + surface.howToLeave();
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, Msg.get(lang, "cmd.help.title"))
                .text(Msg.get(lang, "cmd.help.text", surface.command(Msg.get(lang, "cmd.help.example")), leave));
        for (Command c : ctx.commands()) {
            b.field(ctx.user().surface().command(c.usage()), c.summary(lang));
        }
        List<String> more = new ArrayList<>();
        for (Topic t : ctx.knowledge().topics().all()) {
            String word = t.command();
            if (word != null) b.field(ctx.user().surface().command(word + " [part]"), t.name());
            else
                more.add(Msg.get(
                        lang, "cmd.labeled", t.name(), ctx.user().surface().command(TopicCommand.opener(t))));
        }
        b.list(Msg.get(lang, "cmd.help.moretopics"), more);
        return b.build();
    }
}
