package dev.careermentor.core.admin;

import dev.careermentor.core.command.Request;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.moderation.ReloadOutcome;
import dev.careermentor.core.moderation.Reloader;
import dev.careermentor.core.reply.Reply;
import java.util.Locale;

/** Validates and swaps in what is on disk. */
public final class ReloadCommand implements AdminCommand {

    @Override
    public String name() {
        return "reload";
    }

    @Override
    public String summary() {
        return summary(Lang.EN);
    }

    @Override
    public String summary(Lang lang) {
        return AdminReplies.t(lang, "admin.reload.summary");
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        ReloadOutcome o = ctx.moderation().reloader().reload(ctx.actor(), Reloader.Trigger.MANUAL);
        Lang lang = ctx.lang();
        Reply.Builder b;
        switch (o.result()) {
            case OK -> {
                b = Reply.builder(Reply.Kind.NOTICE, ctx.t("admin.reload.ok.title", o.oldVersion(), o.newVersion()))
                        .text(ctx.t("admin.reload.ok.text", o.diff().summary()));
                AdminReplies.diff(lang, b, o.diff());
            }
            case BUSY -> {
                Reloader.Running other = o.busyWith();
                b = Reply.builder(Reply.Kind.NOTICE, ctx.t("admin.reload.busy.title"))
                        .text(ctx.t(
                                "admin.reload.busy.text",
                                other == null
                                        ? ctx.t("admin.reload.busy.other")
                                        : ctx.t(
                                                "admin.reload.busy.by",
                                                other.actor().describe(),
                                                other.since(),
                                                other.trigger().name().toLowerCase(Locale.ROOT))));
            }
            case UNCHANGED ->
                b = Reply.builder(Reply.Kind.NOTICE, ctx.t("admin.reload.unchanged.title"))
                        .text(ctx.t("admin.reload.unchanged.text", o.newVersion()));
            default -> {
                b = Reply.builder(Reply.Kind.ERROR, ctx.t("admin.reload.refused.title", o.oldVersion()));
                if (o.auditError() != null) {
                    b.text(ctx.t("admin.reload.refused.audit", o.auditError()));
                } else {
                    b.text(ctx.t("admin.reload.refused.problems", o.problems().size()));
                    AdminReplies.problems(lang, b, o.problems());
                }
            }
        }
        if (o.result() != ReloadOutcome.Result.FAILED && o.auditError() != null) {
            b.field(ctx.t("admin.auditProblem"), o.auditError());
        }
        return b.build();
    }
}
