package dev.careermentor.core.admin;

import dev.careermentor.core.command.Request;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.moderation.Report;
import dev.careermentor.core.reply.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The latest "outdated?" reports, grouped by the fact reported. */
public final class ReportsCommand implements AdminCommand {
    static final int LATEST = 200;

    @Override
    public String name() {
        return "reports";
    }

    @Override
    public String summary() {
        return summary(Lang.EN);
    }

    @Override
    public String summary(Lang lang) {
        return AdminReplies.t(lang, "admin.reports.summary");
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        List<Report> latest = ctx.moderation().reports().latest(LATEST);
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, ctx.t("admin.reports.title"));
        if (latest.isEmpty()) return b.text(ctx.t("admin.reports.none")).build();
        record Group(String name, String asOf, int count, String newest) {}
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Report r : latest) { // newest first, so the first seen per fact is its newest
            String key = r.entryId() + "@" + r.asOf();
            Group g = groups.get(key);
            groups.put(
                    key,
                    g == null
                            ? new Group(r.entryName(), r.asOf(), 1, r.time())
                            : new Group(g.name(), g.asOf(), g.count() + 1, g.newest()));
        }
        b.text(ctx.t("admin.reports.text", latest.size(), groups.size()));
        List<String> lines = groups.entrySet().stream()
                .map(e -> {
                    Group g = e.getValue();
                    return ctx.t(
                            "admin.reports.line",
                            g.name(),
                            e.getKey().substring(0, e.getKey().indexOf('@')),
                            g.asOf(),
                            g.count(),
                            g.newest());
                })
                .toList();
        b.list(ctx.t("admin.reports.list"), AdminReplies.capped(ctx.lang(), lines, ctx.t("admin.reports.more")));
        return b.build();
    }
}
