package dev.careermentor.core.admin;

import dev.careermentor.core.command.Request;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.moderation.KnowledgeDiff;
import dev.careermentor.core.reply.Reply;

/** What a reload would change: entries added, removed and changed, and figures before and after. */
public final class DiffCommand implements AdminCommand {

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String summary() {
        return "What a reload would change: entries added/removed/changed, figures before and after";
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        KnowledgeLoader.Result r = ctx.moderation().reloader().check();
        if (!r.ok()) {
            Reply.Builder b = Reply.builder(Reply.Kind.ERROR, "Can't diff: the file on disk has problems")
                    .text("Fix these first; the live version " + ctx.knowledge().version() + " is unaffected.");
            AdminReplies.problems(b, r.problems());
            return b.build();
        }
        KnowledgeDiff diff =
                KnowledgeDiff.between(ctx.knowledge().data(), r.knowledge().data());
        Reply.Builder b = Reply.builder(
                        Reply.Kind.NOTICE,
                        "Live " + ctx.knowledge().version() + " \u2192 disk "
                                + r.knowledge().version())
                .text(diff.isEmpty() ? "No changes." : diff.summary() + ". Run reload to make them live.");
        AdminReplies.diff(b, diff);
        return b.build();
    }
}
