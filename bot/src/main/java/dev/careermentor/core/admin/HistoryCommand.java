package dev.careermentor.core.admin;

import dev.careermentor.core.command.Param;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.moderation.AuditEntry;
import dev.careermentor.core.reply.Reply;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The last n audit entries, newest first. */
public final class HistoryCommand implements AdminCommand {
    static final int DEFAULT = 10;
    static final int MAX = 50;

    @Override
    public String name() {
        return "history";
    }

    @Override
    public String summary() {
        return summary(Lang.EN);
    }

    @Override
    public String summary(Lang lang) {
        return AdminReplies.t(lang, "admin.history.summary");
    }

    @Override
    public List<Param> params() {
        return List.of(
                new Param("n", Param.Type.TEXT, false, "how many entries, 1 to " + MAX + " (default " + DEFAULT + ")"));
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        Optional<Integer> parsed = Numbers.parse(request.arg("n"), DEFAULT, 1, MAX);
        if (parsed.isEmpty()) {
            return Reply.error(ctx.t("admin.history.nan.title"), ctx.t("admin.history.nan.text", MAX));
        }
        int n = parsed.get();
        List<AuditEntry> entries;
        int total;
        try {
            entries = ctx.moderation().reloader().audit().recent(n);
            total = ctx.moderation().reloader().audit().count();
        } catch (IOException e) {
            return Reply.error(
                    ctx.t("admin.history.unreadable.title"),
                    ctx.t(
                            "admin.history.unreadable.text",
                            ctx.moderation().reloader().audit().where(),
                            e.getMessage()));
        }
        String file = ctx.moderation().reloader().audit().where();
        if (entries.isEmpty()) {
            return Reply.notice(ctx.t("admin.history.title"), ctx.t("admin.history.empty", file));
        }
        Lang lang = ctx.lang();
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, ctx.t("admin.history.title"))
                .text(ctx.t("admin.history.text", lead(lang, entries.size(), Math.max(total, entries.size())), file));
        String more = ctx.t("admin.history.more");
        for (int i = entries.size() - 1; i >= 0; i--) {
            AuditEntry e = entries.get(i);
            StringBuilder v = new StringBuilder(e.result() + ": " + e.summary());
            v.append("\n").append(ctx.t("admin.history.by", e.actor().describe()));
            for (String c : AdminReplies.capped(lang, e.changes(), more))
                v.append("\n").append(c);
            for (String err : AdminReplies.capped(lang, e.errors(), more))
                v.append("\n").append(err);
            b.field(e.time() + " " + e.action() + " (" + e.trigger() + ")", v.toString());
        }
        return b.build();
    }

    /**
     * "The latest 3 of 5 entries, newest first": how many are shown out of how many the log holds.
     * {@code shown} is at least 1.
     */
    static String lead(Lang lang, int shown, int total) {
        if (total == 1) return AdminReplies.t(lang, "admin.history.only");
        if (shown >= total) return AdminReplies.t(lang, "admin.history.all", total);
        if (shown == 1) return AdminReplies.t(lang, "admin.history.latestOne", total);
        return AdminReplies.t(lang, "admin.history.latest", shown, total);
    }
}
