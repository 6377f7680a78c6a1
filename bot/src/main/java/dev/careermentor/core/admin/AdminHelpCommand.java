package dev.careermentor.core.admin;

import dev.careermentor.core.command.Request;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.reply.Reply;

/** Lists the moderator commands. */
public final class AdminHelpCommand implements AdminCommand {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return summary(Lang.EN);
    }

    @Override
    public String summary(Lang lang) {
        return AdminReplies.t(lang, "admin.help.summary");
    }

    @Override
    public Reply run(AdminContext ctx, Request request) {
        Reply.Builder b =
                Reply.builder(Reply.Kind.NOTICE, ctx.t("admin.help.title")).text(ctx.t("admin.help.text"));
        String prefix = ctx.user().surface() == dev.careermentor.core.Surface.CONSOLE ? "admin " : "/mentor-admin ";
        for (AdminCommand c : ctx.commands()) b.field(prefix + c.usage(), c.summary(ctx.lang()));
        return b.build();
    }
}
