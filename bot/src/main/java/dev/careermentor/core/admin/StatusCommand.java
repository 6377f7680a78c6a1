package dev.careermentor.core.admin;

import dev.careermentor.core.command.Request;
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
        return "Live version, loaded at, counts, the last reload attempt and stale facts";
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        Knowledge k = ctx.knowledge();
        var d = k.data();
        LocalDate today = LocalDate.now(ctx.moderation().clock());
        int stale = Staleness.find(d, today, Staleness.DEFAULT_MONTHS).size();
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, "Knowledge status")
                .text("Version " + k.version() + ", loaded " + k.loadedAt() + ".")
                .field("Content hash", k.contentHash())
                .field(
                        "Counts",
                        d.sources().size() + " sources, " + d.paths().size() + " paths, "
                                + d.specializations().size() + " specializations, "
                                + d.backgrounds().size()
                                + " backgrounds, " + d.switching().moves().size() + " switches, "
                                + d.quiz().questions().size() + " quiz questions, "
                                + k.data().glossary().size() + " glossary terms, " + k.passages() + " passages")
                .field(
                        "Freshness",
                        stale == 0
                                ? "No fact is older than " + Staleness.DEFAULT_MONTHS + " months."
                                : stale + " fact(s) older than " + Staleness.DEFAULT_MONTHS + " months: see stale.")
                .field("Reports", ctx.moderation().reports().size() + " kept; see reports.");
        Reloader reloader = ctx.moderation().reloader();
        b.field("Knowledge folder", reloader.folder().describe());
        java.util.Map<dev.careermentor.core.knowledge.Translations.Status, Long> counts =
                new java.util.EnumMap<>(dev.careermentor.core.knowledge.Translations.Status.class);
        k.translationStatus().values().forEach(st -> counts.merge(st, 1L, Long::sum));
        b.field(
                "Chinese translation",
                counts.getOrDefault(dev.careermentor.core.knowledge.Translations.Status.CURRENT, 0L) + " of "
                        + k.translationStatus().size() + " entries current, "
                        + counts.getOrDefault(dev.careermentor.core.knowledge.Translations.Status.STALE, 0L)
                        + " out of date, "
                        + counts.getOrDefault(dev.careermentor.core.knowledge.Translations.Status.MISSING, 0L)
                        + " missing" + (k.translationNotes().isEmpty() ? "" : "; see stale"));
        Reloader.Running running = reloader.running();
        if (running != null) {
            b.field(
                    "Reload running",
                    "since " + running.since() + " (" + running.trigger().name().toLowerCase(Locale.ROOT) + ") by "
                            + running.actor().describe());
        }
        Reloader.Attempt last = reloader.lastAttempt();
        if (last != null) {
            var o = last.outcome();
            String line = last.time() + " (" + last.trigger().name().toLowerCase(Locale.ROOT) + ") by "
                    + last.actor().describe()
                    + ": " + o.result().name().toLowerCase(Locale.ROOT)
                    + (o.newVersion() == null ? "" : ", version " + o.newVersion());
            if (o.auditError() != null) line += "\nAudit problem: " + o.auditError();
            b.field("Last reload attempt", line);
            if (!o.problems().isEmpty()) AdminReplies.problems(b, o.problems());
        }
        return b.build();
    }
}
