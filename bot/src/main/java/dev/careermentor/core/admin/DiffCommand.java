package dev.careermentor.core.admin;

import dev.careermentor.core.command.Request;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.moderation.KnowledgeDiff;
import dev.careermentor.core.moderation.Reloader;
import dev.careermentor.core.reply.Reply;
import java.util.Objects;

/**
 * What a reload would change: the knowledge on disk against the live version. When the two are the
 * same (with the folder watcher on, an edit is live before anyone can diff it), the changes the last
 * reload made instead, and who made it, when and how.
 */
public final class DiffCommand implements AdminCommand {

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String summary() {
        return summary(Lang.EN);
    }

    @Override
    public String summary(Lang lang) {
        return AdminReplies.t(lang, "admin.diff.summary");
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        Reloader reloader = ctx.moderation().reloader();
        Knowledge live = ctx.english();
        Lang lang = ctx.lang();
        String file = reloader.dir().resolve(KnowledgeLoader.FILE_NAME).toString();
        KnowledgeLoader.Result r = reloader.check();
        if (!r.ok()) {
            Reply.Builder b = Reply.builder(Reply.Kind.ERROR, ctx.t("admin.diff.bad.title"))
                    .text(ctx.t("admin.diff.bad.text", file, live.version()));
            AdminReplies.problems(lang, b, r.problems());
            return b.build();
        }
        Knowledge disk = r.knowledge();
        if (!disk.contentHash().equals(live.contentHash())) {
            KnowledgeDiff diff = KnowledgeDiff.between(live.data(), disk.data());
            Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, ctx.t("admin.diff.pending.title"))
                    .text(ctx.t(
                            "admin.diff.pending.text",
                            file,
                            disk.version(),
                            live.version(),
                            diff.isEmpty()
                                    ? ctx.t("admin.diff.pending.none", disk.version())
                                    : ctx.t("admin.diff.pending.changes", diff.summary())));
            AdminReplies.diff(lang, b, diff);
            return b.build();
        }
        String same = ctx.t("admin.diff.same", file, live.version());
        Reloader.Attempt last = reloader.lastChange();
        if (last == null || !Objects.equals(last.outcome().newVersion(), live.version())) {
            return Reply.notice(ctx.t("admin.diff.nothing.title"), ctx.t("admin.diff.nothing.text", same));
        }
        KnowledgeDiff diff = last.outcome().diff();
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, ctx.t("admin.diff.last.title"))
                .text(ctx.t(
                        "admin.diff.last.text",
                        same,
                        how(lang, last),
                        last.outcome().oldVersion(),
                        last.outcome().newVersion(),
                        diff.isEmpty() ? ctx.t("admin.diff.last.none") : diff.summary()));
        AdminReplies.diff(lang, b, diff);
        return b.build();
    }

    /** "by Mo (slack T1/UMOD) at 2026-11-23T10:15:02Z, with reload" or "at ..., from the folder watcher". */
    static String how(Lang lang, Reloader.Attempt a) {
        return switch (a.trigger()) {
            case WATCH -> AdminReplies.t(lang, "admin.how.watch", a.time());
            case MANUAL -> AdminReplies.t(lang, "admin.how.manual", a.actor().describe(), a.time());
            case STARTUP -> AdminReplies.t(lang, "admin.how.startup", a.time());
        };
    }
}
