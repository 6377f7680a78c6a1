package dev.careermentor.core.admin;

import dev.careermentor.core.command.Request;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.moderation.KnowledgeDiff;
import dev.careermentor.core.reply.Reply;

/** Checks what is on disk now without loading it. */
public final class ValidateCommand implements AdminCommand {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "Validate the knowledge file on disk now, without loading it";
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        KnowledgeLoader.Result r = ctx.moderation().reloader().check();
        if (!r.ok()) {
            Reply.Builder b = Reply.builder(Reply.Kind.ERROR, "The file on disk has problems")
                    .text(r.problems().size() + " problem(s). Nothing was loaded; version "
                            + ctx.knowledge().version() + " stays live.");
            AdminReplies.problems(b, r.problems());
            return b.build();
        }
        KnowledgeDiff diff =
                KnowledgeDiff.between(ctx.knowledge().data(), r.knowledge().data());
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, "The file on disk is valid")
                .text("Version " + r.knowledge().version()
                        + (diff.isEmpty()
                                ? " is the one live now."
                                : " differs from the live " + ctx.knowledge().version() + ": " + diff.summary()
                                        + ". Run reload to make it live."));
        return b.build();
    }
}
