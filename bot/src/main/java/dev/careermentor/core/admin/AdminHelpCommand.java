package dev.careermentor.core.admin;

import dev.careermentor.core.command.Request;
import dev.careermentor.core.reply.Reply;

/** Lists the moderator commands. */
public final class AdminHelpCommand implements AdminCommand {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return "Every moderator command, one line each";
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, "Moderator commands")
                .text("Keep the knowledge true: validate and diff an edit, reload it live, and follow up on "
                        + "reports. Every reload attempt is written to the audit log.");
        String prefix = ctx.user().surface() == dev.careermentor.core.Surface.CONSOLE ? "admin " : "/mentor-admin ";
        for (AdminCommand c : ctx.commands()) b.field(prefix + c.usage(), c.summary());
        return b.build();
    }
}
