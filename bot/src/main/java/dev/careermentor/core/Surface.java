package dev.careermentor.core;

import java.util.Locale;

/** Where a conversation happens. The core only needs the name and how commands are typed there. */
public enum Surface {
    CONSOLE("", "Type exit or press Ctrl-D to leave."),
    SLACK("/mentor ", ""),
    DISCORD("/mentor ", "");

    private final String commandPrefix;
    private final String howToLeave;

    Surface(String commandPrefix, String howToLeave) {
        this.commandPrefix = commandPrefix;
        this.howToLeave = howToLeave;
    }

    /** How a conversation here ends, for help; empty where there is nothing to leave (a chat). */
    public String howToLeave() {
        return howToLeave;
    }

    /** How a command is typed here: "salary" in the terminal, "/mentor salary" in chat. */
    public String command(String command) {
        return commandPrefix + command;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
