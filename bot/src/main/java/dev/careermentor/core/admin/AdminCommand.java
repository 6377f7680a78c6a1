package dev.careermentor.core.admin;

import dev.careermentor.core.command.Param;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.reply.Reply;
import java.util.List;

/**
 * A moderator command under /mentor-admin (terminal: admin ...). Listed in {@link AdminCommands#all()};
 * the caller has already been checked to be a moderator.
 */
public interface AdminCommand {

    String name();

    /** One line for help and the Discord description (at most 100 characters). */
    String summary();

    /** {@link #summary()} in {@code lang}, for help. */
    default String summary(Lang lang) {
        return summary();
    }

    default List<Param> params() {
        return List.of();
    }

    Reply run(AdminContext ctx, Request request);

    default String usage() {
        StringBuilder sb = new StringBuilder(name());
        for (Param p : params()) sb.append(' ').append(p.required() ? "<" + p.name() + ">" : "[" + p.name() + "]");
        return sb.toString();
    }
}
