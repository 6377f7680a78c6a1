package dev.careermentor.core;

import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import java.util.Locale;

/** Where a conversation happens. The core only needs the name and how commands are typed there. */
public enum Surface {
    CONSOLE("", "reply.leave.console"),
    SLACK("/mentor ", ""),
    DISCORD("/mentor ", "");

    private final String commandPrefix;
    /** The catalog key of how a conversation here ends; empty where there is nothing to leave. */
    private final String howToLeave;

    Surface(String commandPrefix, String howToLeave) {
        this.commandPrefix = commandPrefix;
        this.howToLeave = howToLeave;
    }

    /** How a conversation here ends, for help, in English; empty where there is nothing to leave (a chat). */
    public String howToLeave() {
        return howToLeave(Lang.EN);
    }

    /** How a conversation here ends, in {@code lang}; empty where there is nothing to leave (a chat). */
    public String howToLeave(Lang lang) {
        return howToLeave.isEmpty() ? "" : Msg.get(lang, howToLeave);
    }

    /** How a command is typed here: "salary" in the terminal, "/mentor salary" in chat. */
    public String command(String command) {
        return commandPrefix + command;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
