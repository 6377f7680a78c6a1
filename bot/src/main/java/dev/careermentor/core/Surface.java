package dev.careermentor.core;

import java.util.Locale;

/** Where a conversation happens. The core only needs the name and how commands are typed there. */
public enum Surface {
    CONSOLE(""),
    SLACK("/mentor "),
    DISCORD("/mentor ");

    private final String commandPrefix;

    Surface(String commandPrefix) {
        this.commandPrefix = commandPrefix;
    }

    /** How a command is typed here: "salary" in the terminal, "/mentor salary" in chat. */
    public String command(String command) {
        return commandPrefix + command;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
