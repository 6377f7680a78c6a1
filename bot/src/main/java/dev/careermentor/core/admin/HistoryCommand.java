package dev.careermentor.core.admin;

import dev.careermentor.core.command.Param;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.moderation.AuditEntry;
import dev.careermentor.core.reply.Reply;
import java.io.IOException;
import java.nio.file.Path;
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
        return "The last n audit entries: who reloaded what, when, and how it went";
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
            return Reply.error("Not a number", "Give history a whole number from 1 to " + MAX + ", e.g. history 5.");
        }
        int n = parsed.get();
        List<AuditEntry> entries;
        int total;
        try {
            entries = ctx.moderation().reloader().audit().recent(n);
            total = ctx.moderation().reloader().audit().count();
        } catch (IOException e) {
            return Reply.error(
                    "Can't read the audit log",
                    "The audit log " + ctx.moderation().reloader().audit().file() + " could not be read ("
                            + e.getMessage() + ").");
        }
        Path file = ctx.moderation().reloader().audit().file();
        if (entries.isEmpty()) {
            return Reply.notice(
                    "Audit history",
                    "The audit log " + file + " has no entries yet: start-ups and reloads are recorded there.");
        }
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, "Audit history")
                .text(lead(entries.size(), Math.max(total, entries.size())) + " in " + file + ".");
        for (int i = entries.size() - 1; i >= 0; i--) {
            AuditEntry e = entries.get(i);
            StringBuilder v = new StringBuilder(e.result() + ": " + e.summary());
            v.append("\nby ").append(e.actor().describe());
            for (String c : AdminReplies.capped(e.changes(), "see the audit log"))
                v.append("\n").append(c);
            for (String err : AdminReplies.capped(e.errors(), "see the audit log"))
                v.append("\n").append(err);
            b.field(e.time() + " " + e.action() + " (" + e.trigger() + ")", v.toString());
        }
        return b.build();
    }

    /**
     * "The latest 3 of 5 entries, newest first": how many are shown out of how many the log holds.
     * {@code shown} is at least 1.
     */
    static String lead(int shown, int total) {
        if (total == 1) return "The only entry";
        if (shown >= total) return "All " + total + " entries, newest first,";
        if (shown == 1) return "The latest of " + total + " entries";
        return "The latest " + shown + " of " + total + " entries, newest first,";
    }
}
