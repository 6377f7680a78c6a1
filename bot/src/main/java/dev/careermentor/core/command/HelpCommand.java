package dev.careermentor.core.command;

import dev.careermentor.core.Surface;
import dev.careermentor.core.knowledge.model.Topic;
import dev.careermentor.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/** Lists every command, one line each. */
public final class HelpCommand implements Command {
    /** A question help offers as an example of asking in plain words. */
    public static final String EXAMPLE_QUESTION = "what does an inference engineer earn?";

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return "Every command, one line each";
    }

    @Override
    public Reply run(CommandContext ctx, Request request) {
        Surface surface = ctx.user().surface();
        String leave = surface.howToLeave().isEmpty() ? "" : "\n" + surface.howToLeave();
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, "Career Mentor: commands")
                .text("I answer questions about careers in AI/LLM engineering from a curated, sourced knowledge "
                        + "base. Names can be ids, names or aliases, in any case (serving, evals, mlops...).\n"
                        + "Or just type a question, like: " + surface.command(EXAMPLE_QUESTION) + leave);
        for (Command c : ctx.commands()) {
            b.field(ctx.user().surface().command(c.usage()), c.summary());
        }
        List<String> more = new ArrayList<>();
        for (Topic t : ctx.knowledge().topics().all()) {
            String word = t.command();
            if (word != null) b.field(ctx.user().surface().command(word + " [part]"), t.name());
            else more.add(t.name() + ": " + ctx.user().surface().command(TopicCommand.opener(t)));
        }
        b.list("More topics", more);
        return b.build();
    }
}
