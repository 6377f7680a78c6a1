package dev.careermentor.core.admin;

import dev.careermentor.core.command.Request;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.moderation.Reloader;
import dev.careermentor.core.moderation.Staleness;
import dev.careermentor.core.reply.Reply;
import java.time.LocalDate;
import java.util.Locale;

/** The live version, when it was loaded, what it holds, and how the last reload attempt went. */
public final class StatusCommand implements AdminCommand {

    @Override
    public String name() {
        return "status";
    }

    @Override
    public String summary() {
        return summary(Lang.EN);
    }

    @Override
    public String summary(Lang lang) {
        return AdminReplies.t(lang, "admin.status.summary");
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        Knowledge k = ctx.english();
        Lang lang = ctx.lang();
        var d = k.data();
        LocalDate today = LocalDate.now(ctx.moderation().clock());
        int stale = Staleness.find(d, today, Staleness.DEFAULT_MONTHS).size();
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, ctx.t("admin.status.title"))
                .text(ctx.t("admin.status.text", k.version(), k.loadedAt()))
                .field(ctx.t("admin.status.hash"), k.contentHash())
                .field(
                        ctx.t("admin.status.counts"),
                        ctx.t(
                                "admin.status.counts.text",
                                d.sources().size(),
                                d.paths().size(),
                                d.specializations().size(),
                                d.backgrounds().size(),
                                d.switching().moves().size(),
                                d.quiz().questions().size(),
                                k.data().glossary().size(),
                                k.passages()))
                .field(
                        ctx.t("admin.status.freshness"),
                        stale == 0
                                ? ctx.t("admin.status.fresh", Staleness.DEFAULT_MONTHS)
                                : ctx.t("admin.status.stale", stale, Staleness.DEFAULT_MONTHS))
                .field(
                        ctx.t("admin.status.reports"),
                        ctx.t(
                                "admin.status.reports.text",
                                ctx.moderation().reports().size()));
        Reloader reloader = ctx.moderation().reloader();
        b.field(ctx.t("admin.status.folder"), reloader.folder().describe());
        java.util.Map<dev.careermentor.core.knowledge.Translations.Status, Long> counts =
                new java.util.EnumMap<>(dev.careermentor.core.knowledge.Translations.Status.class);
        k.translationStatus().values().forEach(st -> counts.merge(st, 1L, Long::sum));
        b.field(
                ctx.t("admin.status.translation"),
                ctx.t(
                                "admin.status.translation.text",
                                counts.getOrDefault(dev.careermentor.core.knowledge.Translations.Status.CURRENT, 0L),
                                k.translationStatus().size(),
                                counts.getOrDefault(dev.careermentor.core.knowledge.Translations.Status.STALE, 0L),
                                counts.getOrDefault(dev.careermentor.core.knowledge.Translations.Status.MISSING, 0L))
                        + (k.translationNotes().isEmpty() ? "" : ctx.t("admin.status.translation.stale")));
        Reloader.Running running = reloader.running();
        if (running != null) {
            b.field(
                    ctx.t("admin.status.running"),
                    ctx.t(
                            "admin.status.running.text",
                            running.since(),
                            running.trigger().name().toLowerCase(Locale.ROOT),
                            running.actor().describe()));
        }
        Reloader.Attempt last = reloader.lastAttempt();
        if (last != null) {
            var o = last.outcome();
            String line = ctx.t(
                            "admin.status.last.text",
                            last.time(),
                            last.trigger().name().toLowerCase(Locale.ROOT),
                            last.actor().describe(),
                            o.result().name().toLowerCase(Locale.ROOT))
                    + (o.newVersion() == null ? "" : ctx.t("admin.status.last.version", o.newVersion()));
            if (o.auditError() != null) line += "\n" + ctx.t("admin.status.last.audit", o.auditError());
            b.field(ctx.t("admin.status.last"), line);
            if (!o.problems().isEmpty()) AdminReplies.problems(lang, b, o.problems());
        }
        return b.build();
    }
}
