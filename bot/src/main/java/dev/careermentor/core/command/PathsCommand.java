package dev.careermentor.core.command;

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
    public String summary() {
        return "The two career paths side by side";
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Knowledge k = ctx.knowledge();
        Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, "Two career paths in LLM work");
        for (CareerPath p : k.paths().all()) {
            b.inline(p.name(), p.summary());
        }
        for (CareerPath p : k.paths().all()) {
            b.inline(p.name() + ": education", p.education());
        }
        for (CareerPath p : k.paths().all()) {
            b.inline(p.name() + ": outlook", p.outlook());
        }
        for (CareerPath p : k.paths().all()) {
            b.inline(p.name() + ": roles", String.join(", ", p.roles()));
            b.cite(Cite.entry(k, p));
        }
        Answers.sections(b, k.data().pathsAdvice().sections(), "all", name(), ctx.user());
        b.cite(Cite.entry(k, k.data().pathsAdvice()));
        return b.text(k.data().pathsAdvice().summary() + " Type "
                        + ctx.user().surface().command("path <name>") + " for one path in depth.")
                .shareAs("paths")
                .build();
    }
}
