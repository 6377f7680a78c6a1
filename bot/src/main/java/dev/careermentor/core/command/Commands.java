package dev.careermentor.core.command;

import java.util.List;

/**
 * Every command, in the order help lists them. Adding a command means writing its class and adding
 * one line here; Slack, Discord and the terminal pick it up from this list.
 */
public final class Commands {
    private Commands() {}

    public static List<Command> all() {
        return List.of(
                new HelpCommand(),
                new PathsCommand(),
                new PathCommand(),
                new SpecializationsCommand(),
                new SpecializationCommand(),
                new SalaryCommand(),
                new CompareCommand(),
                new SwitchCommand(),
                new RoleCommand(),
                new TopicCommand(),
                new TopicsCommand(),
                new AskCommand(),
                new SourcesCommand(),
                new QuizCommand(),
                new LangCommand());
    }
}
