package dev.careermentor.core.admin;

import dev.careermentor.core.command.Request;
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
        return "The latest \u201COutdated?\u201D reports from users, grouped by fact";
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        List<Report> latest = ctx.moderation().reports().latest(LATEST);
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, "Outdated? reports");
        if (latest.isEmpty()) return b.text("No reports yet.").build();
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
        b.text(latest.size() + " recent report(s) on " + groups.size() + " fact(s), most recently reported first. "
                + "Check each against newer sources; update the fact and its as_of, then reload.");
        List<String> lines = groups.entrySet().stream()
                .map(e -> {
                    Group g = e.getValue();
                    return g.name() + " [" + e.getKey().substring(0, e.getKey().indexOf('@')) + "], as of " + g.asOf()
                            + ": " + g.count() + " report(s), latest " + g.newest();
                })
                .toList();
        b.list("Reported facts", AdminReplies.capped(lines, "the reports file keeps them all"));
        return b.build();
    }
}
