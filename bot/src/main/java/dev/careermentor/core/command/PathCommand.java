package dev.careermentor.core.command;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.CareerPath;
import dev.careermentor.core.reply.Reply;
import java.util.List;

/** One career path in depth. */
public final class PathCommand implements Command {

    @Override
    public String name() {
        return "path";
    }

    @Override
    public String summary() {
        return "One career path in depth: work, roles, education bar, outlook";
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("name", Param.Type.PATH, true, "engineering or research"));
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Knowledge k = ctx.knowledge();
        String input = request.arg("name");
        if (input == null) return Answers.missing(ctx.user(), this, "the path name (engineering or research)");
        CareerPath p = Answers.resolve(k.paths(), input, ctx, "career path", "path", "paths");
        return Cards.path(Reply.builder(Reply.Kind.ANSWER, p.name()).text(p.summary()), k, p)
                .shareAs("path " + p.id())
                .build();
    }
}
