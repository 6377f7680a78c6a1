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
    public List<Param> params() {
        return List.of(param("name", Param.Type.PATH, true));
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Knowledge k = ctx.knowledge();
        String input = request.arg("name");
        if (input == null) return Answers.missing(ctx.user(), k.lang(), this);
        CareerPath p = Answers.resolve(k.paths(), input, ctx, "path", "path", "paths");
        return Cards.path(Reply.builder(Reply.Kind.ANSWER, p.name()).text(p.summary()), k, p)
                .shareAs("path " + p.id())
                .build();
    }
}
