package dev.careermentor.discord;

import dev.careermentor.core.Mentor;
import dev.careermentor.core.command.Command;
import dev.careermentor.core.command.Param;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.knowledge.NameIndex;
import dev.careermentor.core.knowledge.model.Topic;
import dev.careermentor.core.reply.Limits;
import dev.careermentor.core.text.Input;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** The /mentor slash command: one subcommand per core command, one string option per parameter. */
final class MentorCommand {
    private MentorCommand() {}

    static final String NAME = "mentor";
    static final String DESCRIPTION =
            "Career advice for AI/LLM engineering: paths, specializations, pay, switching, a quiz";
    static final int MAX_DESCRIPTION = 100;
    static final int MAX_NAME_VALUE = 100;
    /** Discord allows 25 subcommands per command. */
    static final int MAX_SUBCOMMANDS = 25;

    /**
     * @param guildOnly true for commands registered on one server: Discord only offers those there,
     *     so they claim no DM context
     */
    static SlashCommandData data(Mentor mentor, boolean guildOnly) {
        SlashCommandData data = Commands.slash(NAME, DESCRIPTION);
        data.setContexts(
                guildOnly
                        ? List.of(InteractionContextType.GUILD)
                        : List.of(InteractionContextType.GUILD, InteractionContextType.BOT_DM));
        Set<String> names = new HashSet<>();
        for (Command c : mentor.commands()) {
            SubcommandData sub = new SubcommandData(c.name(), describe(c.summary(), c.name()));
            // Discord refuses a required option after an optional one; options are matched by name anyway.
            List<Param> params = c.params().stream()
                    .sorted(Comparator.comparing(p -> !p.required()))
                    .toList();
            for (Param p : params) sub.addOptions(option(mentor, c, p));
            data.addSubcommands(sub);
            names.add(c.name());
        }
        // A topic with a command word (become, hiring, choose) is a subcommand of its own, with its parts.
        for (Topic t : mentor.knowledge().topics().all()) {
            String word = t.command();
            if (word == null || !names.add(word) || data.getSubcommands().size() >= MAX_SUBCOMMANDS) continue;
            data.addSubcommands(new SubcommandData(word, describe(t.name(), word))
                    .addOptions(new OptionData(OptionType.STRING, "part", "one part of the topic, or all", false)
                            .setAutoComplete(true)
                            .setMaxLength(MAX_NAME_VALUE)));
        }
        return data;
    }

    private static OptionData option(Mentor mentor, Command c, Param p) {
        OptionData o = new OptionData(OptionType.STRING, p.name(), describe(p.description(), p.name()), p.required());
        switch (p.type()) {
            case LEVEL -> {
                // The core lists the levels it accepts; Discord shows them as a fixed choice.
                for (NameIndex.Suggestion s : mentor.autocomplete(c.name(), p.name(), "", OptionData.MAX_CHOICES)) {
                    o.addChoice(Limits.shorten(s.label(), MAX_NAME_VALUE), s.id());
                }
            }
            case TEXT -> o.setMaxLength(Input.MAX_LENGTH);
            case SPECIALIZATION, PATH, ORIGIN, TOPIC, SECTION ->
                o.setAutoComplete(true).setMaxLength(MAX_NAME_VALUE);
        }
        return o;
    }

    private static String describe(String text, String fallback) {
        String s = text == null || text.isBlank() ? fallback : text;
        return Limits.shorten(s, MAX_DESCRIPTION);
    }

    /**
     * The core request for a /mentor subcommand, with each given option by parameter name. An option
     * without a readable value (only a forged or garbled payload has one) counts as not given.
     */
    static Request request(String subcommand, List<OptionMapping> options) {
        Map<String, String> args = new HashMap<>();
        for (OptionMapping o : options) {
            try {
                args.put(o.getName(), o.getAsString());
            } catch (RuntimeException unreadable) {
                // e.g. no "value" at all: the option counts as not given
            }
        }
        return new Request(subcommand == null ? "help" : subcommand, args);
    }
}
