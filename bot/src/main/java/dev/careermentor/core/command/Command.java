package dev.careermentor.core.command;

import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.reply.Reply;
import java.util.List;

/**
 * One thing users can ask. Every command is one class, listed in {@link Commands#all()}; each surface
 * reaches it the same way: Slack and the terminal by text, Discord by a subcommand with options.
 */
public interface Command {

    /** The word users type, lowercase; also the Discord subcommand name. */
    String name();

    /** Other words that reach this command, e.g. "specs". */
    default List<String> aliases() {
        return List.of();
    }

    /** One line for help and for the Discord command description (at most 100 characters), in English. */
    default String summary() {
        return summary(Lang.EN);
    }

    /** {@link #summary()} in {@code lang}: the catalog's {@code cmd.<name>.summary}. */
    default String summary(Lang lang) {
        return Msg.get(lang, "cmd." + name() + ".summary");
    }

    /** What {@code p} of this command asks for, in {@code lang}: the catalog's {@code cmd.<name>.param.<param>}. */
    default String describe(Param p, Lang lang) {
        return Msg.get(lang, "cmd." + name() + ".param." + p.name());
    }

    /** A parameter whose description is the catalog's English {@link #describe}. */
    default Param param(String param, Param.Type type, boolean required) {
        return new Param(param, type, required, Msg.get(Lang.EN, "cmd." + name() + ".param." + param));
    }

    /** Parameters in the order they are typed. */
    default List<Param> params() {
        return List.of();
    }

    Reply run(CommandContext ctx, Request request);

    /** "salary [name] [early|senior]" */
    default String usage() {
        StringBuilder sb = new StringBuilder(name());
        for (Param p : params()) {
            String shown = p.type() == Param.Type.LEVEL ? "early|senior" : p.name();
            sb.append(' ').append(p.required() ? "<" + shown + ">" : "[" + shown + "]");
        }
        return sb.toString();
    }
}
