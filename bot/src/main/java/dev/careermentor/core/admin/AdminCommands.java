package dev.careermentor.core.admin;

import java.util.List;

/** Every moderator command, in the order help lists them. */
public final class AdminCommands {
    private AdminCommands() {}

    public static List<AdminCommand> all() {
        return List.of(
                new AdminHelpCommand(),
                new StatusCommand(),
                new ValidateCommand(),
                new DiffCommand(),
                new ReloadCommand(),
                new HistoryCommand(),
                new ExportCommand(),
                new StaleCommand(),
                new ReportsCommand(),
                new StatsCommand());
    }
}
