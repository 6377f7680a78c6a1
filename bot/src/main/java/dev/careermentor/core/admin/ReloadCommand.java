package dev.careermentor.core.admin;

import dev.careermentor.core.command.Request;
import dev.careermentor.core.moderation.ReloadOutcome;
import dev.careermentor.core.moderation.Reloader;
import dev.careermentor.core.reply.Reply;
import java.util.Locale;

/** Validates and swaps in what is on disk. */
public final class ReloadCommand implements AdminCommand {

    @Override
    public String name() {
        return "reload";
    }

    @Override
    public String summary() {
        return "Validate the file on disk and make it live; a bad file is kept out";
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        ReloadOutcome o = ctx.moderation().reloader().reload(ctx.actor(), Reloader.Trigger.MANUAL);
        Reply.Builder b;
        switch (o.result()) {
            case OK -> {
                b = Reply.builder(Reply.Kind.NOTICE, "Reloaded: " + o.oldVersion() + " \u2192 " + o.newVersion())
                        .text("The new version is live: " + o.diff().summary() + ".");
                AdminReplies.diff(b, o.diff());
            }
            case BUSY -> {
                Reloader.Running other = o.busyWith();
                b = Reply.builder(Reply.Kind.NOTICE, "A reload is already running")
                        .text((other == null
                                        ? "Another reload is running"
                                        : "A reload started by " + other.actor().describe() + " at " + other.since()
                                                + " (" + other.trigger().name().toLowerCase(Locale.ROOT)
                                                + ") is running")
                                + "; nothing was changed. Try again in a moment; status shows how it went.");
            }
            case UNCHANGED ->
                b = Reply.builder(Reply.Kind.NOTICE, "Nothing to reload")
                        .text("The file on disk is version " + o.newVersion() + ", which is already live.");
            default -> {
                b = Reply.builder(Reply.Kind.ERROR, "Reload refused: version " + o.oldVersion() + " stays live");
                if (o.auditError() != null) {
                    b.text("The new version is valid, but " + o.auditError() + ".");
                } else {
                    b.text("The file on disk has " + o.problems().size() + " problem(s). Fix them and reload again.");
                    AdminReplies.problems(b, o.problems());
                }
            }
        }
        if (o.result() != ReloadOutcome.Result.FAILED && o.auditError() != null) {
            b.field("Audit problem", o.auditError());
        }
        return b.build();
    }
}
