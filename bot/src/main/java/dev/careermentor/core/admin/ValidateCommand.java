package dev.careermentor.core.admin;

import dev.careermentor.core.command.Request;
import dev.careermentor.core.i18n.Lang;
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
        return summary(Lang.EN);
    }

    @Override
    public String summary(Lang lang) {
        return AdminReplies.t(lang, "admin.validate.summary");
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        KnowledgeLoader.Result r = ctx.moderation().reloader().check();
        if (!r.ok()) {
            Reply.Builder b = Reply.builder(Reply.Kind.ERROR, ctx.t("admin.validate.bad.title"))
                    .text(ctx.t(
                            "admin.validate.bad.text",
                            r.problems().size(),
                            ctx.knowledge().version()));
            AdminReplies.problems(ctx.lang(), b, r.problems());
            return b.build();
        }
        KnowledgeDiff diff =
                KnowledgeDiff.between(ctx.english().data(), r.knowledge().data());
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, ctx.t("admin.validate.ok.title"))
                .text(
                        diff.isEmpty()
                                ? ctx.t("admin.validate.live", r.knowledge().version())
                                : ctx.t(
                                        "admin.validate.differs",
                                        r.knowledge().version(),
                                        ctx.knowledge().version(),
                                        diff.summary()));
        return b.build();
    }
}
