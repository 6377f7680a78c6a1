package dev.careermentor.core.admin;

import dev.careermentor.core.command.Param;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Specialization;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.stats.UsageStats;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What people asked over the last days: aggregates only, never who. */
public final class StatsCommand implements AdminCommand {
    static final int DEFAULT = 7;
    static final int TOP = 10;

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return summary(Lang.EN);
    }

    @Override
    public String summary(Lang lang) {
        return AdminReplies.t(lang, "admin.stats.summary");
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("days", Param.Type.TEXT, false, "how many days, 1 to 90 (default 7)"));
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        Optional<Integer> parsed = Numbers.parse(request.arg("days"), DEFAULT, 1, UsageStats.UNMATCHED_DAYS);
        if (parsed.isEmpty()) {
            return Reply.error(ctx.t("admin.stats.nan.title"), ctx.t("admin.stats.nan.text"));
        }
        int days = parsed.get();
        UsageStats stats = ctx.moderation().stats();
        if (stats == null) return Reply.error(ctx.t("admin.stats.off.title"), ctx.t("admin.stats.off.text"));
        UsageStats.Day d;
        try {
            d = stats.summary(days);
        } catch (IOException e) {
            return Reply.error(
                    ctx.t("admin.stats.unreadable.title"), ctx.t("admin.stats.unreadable.text", e.getMessage()));
        }
        Knowledge k = ctx.knowledge();
        long answers = d.commands().values().stream().mapToLong(Long::longValue).sum();
        String none = ctx.t("admin.stats.empty");
        Reply.Builder b = Reply.builder(
                        Reply.Kind.NOTICE, ctx.t(days == 1 ? "admin.stats.title.one" : "admin.stats.title", days))
                .text(ctx.t("admin.stats.text", answers, d.quizCompletions()));
        b.list(ctx.t("admin.stats.commands"), lines(d.commands(), k, false, none));
        b.list(ctx.t("admin.stats.specializations"), lines(d.specializations(), k, true, none));
        b.list(ctx.t("admin.stats.comparisons"), lines(d.comparisons(), k, false, none));
        if (d.quizCompletions() > 0) {
            b.list(
                    ctx.t("admin.stats.quiz"),
                    UsageStats.top(d.recommended(), TOP).stream()
                            .map(e -> name(k, e.getKey()) + ": " + e.getValue() + " ("
                                    + Math.round(100.0 * e.getValue() / d.quizCompletions()) + "%)")
                            .toList());
        }
        b.list(ctx.t("admin.stats.unmatched"), lines(d.unmatched(), k, false, none));
        return b.build();
    }

    private static List<String> lines(Map<String, Long> counts, Knowledge k, boolean names, String none) {
        if (counts.isEmpty()) return List.of(none);
        return UsageStats.top(counts, TOP).stream()
                .map(e -> (names ? name(k, e.getKey()) : e.getKey()) + ": " + e.getValue())
                .toList();
    }

    private static String name(Knowledge k, String id) {
        Specialization s = k.specializations().byId(id);
        return s == null ? id : s.name();
    }
}
