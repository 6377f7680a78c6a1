package dev.careermentor.core.command;

import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.CareerPath;
import dev.careermentor.core.reply.Cite;
import dev.careermentor.core.reply.Reply;

/** The two career paths side by side. */
public final class PathsCommand implements Command {

    @Override
    public String name() {
        return "paths";
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Knowledge k = ctx.knowledge();
        Lang lang = k.lang();
        Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, Msg.get(lang, "cmd.paths.title"));
        for (CareerPath p : k.paths().all()) {
            b.inline(p.name(), p.summary());
        }
        for (CareerPath p : k.paths().all()) {
            b.inline(Msg.get(lang, "cmd.paths.education", p.name()), p.education());
        }
        for (CareerPath p : k.paths().all()) {
            b.inline(Msg.get(lang, "cmd.paths.outlook", p.name()), p.outlook());
        }
        for (CareerPath p : k.paths().all()) {
            b.inline(
                    Msg.get(lang, "cmd.paths.roles", p.name()), String.join(Msg.get(lang, "cmd.sep.names"), p.roles()));
            b.cite(Cite.entry(k, p));
        }
        Answers.sections(b, k.data().pathsAdvice().sections(), "all", name(), ctx.user(), lang);
        b.cite(Cite.entry(k, k.data().pathsAdvice()));
        return b.text(Msg.get(
                        lang,
                        "cmd.paths.text",
                        k.data().pathsAdvice().summary(),
                        ctx.user().surface().command("path <name>")))
                .shareAs("paths")
                .build();
    }
}
