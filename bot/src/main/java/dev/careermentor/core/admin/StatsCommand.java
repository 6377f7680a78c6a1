package dev.careermentor.core.admin;

import dev.careermentor.core.command.Param;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Specialization;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.stats.UsageStats;
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
        return "Usage over the last n days: commands, topics, quiz results, unanswered questions";
    }

    @Override
    public List<Param> params() {
        return List.of(new Param("days", Param.Type.TEXT, false, "how many days, 1 to 90 (default 7)"));
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        Optional<Integer> parsed = Numbers.parse(request.arg("days"), DEFAULT, 1, UsageStats.UNMATCHED_DAYS);
        if (parsed.isEmpty()) {
            return Reply.error("Not a number of days", "Give stats a whole number from 1 to 90, e.g. stats 30.");
        }
        int days = parsed.get();
        UsageStats stats = ctx.moderation().stats();
        if (stats == null) return Reply.error("No usage stats here", "This bot process does not keep usage stats.");
        UsageStats.Day d = stats.summary(days);
        Knowledge k = ctx.knowledge();
        long answers = d.commands().values().stream().mapToLong(Long::longValue).sum();
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, "Usage, last " + days + (days == 1 ? " day" : " days"))
                .text(answers + " commands answered, " + d.quizCompletions() + " quizzes completed. Counts only: "
                        + "no user ids or names are kept.");
        b.list("Commands", lines(d.commands(), k, false));
        b.list("Most asked specializations", lines(d.specializations(), k, true));
        b.list("Comparisons", lines(d.comparisons(), k, false));
        if (d.quizCompletions() > 0) {
            b.list(
                    "Quiz recommendations",
                    UsageStats.top(d.recommended(), TOP).stream()
                            .map(e -> name(k, e.getKey()) + ": " + e.getValue() + " ("
                                    + Math.round(100.0 * e.getValue() / d.quizCompletions()) + "%)")
                            .toList());
        }
        b.list("Asked but not in the knowledge", lines(d.unmatched(), k, false));
        return b.build();
    }

    private static List<String> lines(Map<String, Long> counts, Knowledge k, boolean names) {
        if (counts.isEmpty()) return List.of("none");
        return UsageStats.top(counts, TOP).stream()
                .map(e -> (names ? name(k, e.getKey()) : e.getKey()) + ": " + e.getValue())
                .toList();
    }

    private static String name(Knowledge k, String id) {
        Specialization s = k.specializations().byId(id);
        return s == null ? id : s.name();
    }
}
