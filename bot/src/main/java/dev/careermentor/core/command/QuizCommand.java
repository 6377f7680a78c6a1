package dev.careermentor.core.command;

import dev.careermentor.core.reply.Reply;
import java.util.List;

/** Starts the specialization quiz, or shows where a quiz in progress stands. */
public final class QuizCommand implements Command {

    @Override
    public String name() {
        return "quiz";
    }

    @Override
    public List<String> aliases() {
        return List.of("fit");
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        return ctx.quiz().begin(ctx.user(), ctx.knowledge());
    }
}
