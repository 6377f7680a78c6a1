package dev.careermentor.core.admin;

import dev.careermentor.core.command.Request;
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
        return "What a reload would change (disk against live), or what the last reload changed";
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        Reloader reloader = ctx.moderation().reloader();
        Knowledge live = ctx.knowledge();
        String file = reloader.dir().resolve(KnowledgeLoader.FILE_NAME).toString();
        KnowledgeLoader.Result r = reloader.check();
        if (!r.ok()) {
            Reply.Builder b = Reply.builder(Reply.Kind.ERROR, "Can't diff: the file on disk has problems")
                    .text(file + " can't be compared with the live version " + live.version()
                            + " until these are fixed; the live version is unaffected.");
            AdminReplies.problems(b, r.problems());
            return b.build();
        }
        Knowledge disk = r.knowledge();
        if (!disk.contentHash().equals(live.contentHash())) {
            KnowledgeDiff diff = KnowledgeDiff.between(live.data(), disk.data());
            Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, "What a reload would change")
                    .text("The knowledge on disk (" + file + ", version " + disk.version()
                            + ") against the live version " + live.version() + ": "
                            + (diff.isEmpty()
                                    ? "no entry or figure changed; only comments, layout or order differ. "
                                            + "Run reload to make version " + disk.version() + " live anyway."
                                    : diff.summary() + ". Run reload to make them live."));
            AdminReplies.diff(b, diff);
            return b.build();
        }
        String same = "Disk and live are the same (" + file + ", version " + live.version()
                + "), so a reload would change nothing";
        Reloader.Attempt last = reloader.lastChange();
        if (last == null || !Objects.equals(last.outcome().newVersion(), live.version())) {
            return Reply.notice(
                    "Nothing to compare",
                    same + ", and nothing has been reloaded since the bot started. "
                            + "Edit the file to see what your edit would change; history lists earlier reloads.");
        }
        KnowledgeDiff diff = last.outcome().diff();
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, "What the last reload changed")
                .text(same + "; the last reload (" + how(last) + ") changed "
                        + last.outcome().oldVersion()
                        + " \u2192 " + last.outcome().newVersion() + ": "
                        + (diff.isEmpty() ? "no entry or figure, only comments, layout or order" : diff.summary())
                        + ".");
        AdminReplies.diff(b, diff);
        return b.build();
    }

    /** "by Mo (slack T1/UMOD) at 2026-11-23T10:15:02Z, with reload" or "at ..., from the folder watcher". */
    static String how(Reloader.Attempt a) {
        return switch (a.trigger()) {
            case WATCH -> "at " + a.time() + ", from the folder watcher";
            case MANUAL -> "by " + a.actor().describe() + " at " + a.time() + ", with reload";
            case STARTUP -> "at start-up, " + a.time();
        };
    }
}
