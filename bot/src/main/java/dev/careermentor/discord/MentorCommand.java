package dev.careermentor.discord;

import dev.careermentor.core.Mentor;
import dev.careermentor.core.command.Command;
import dev.careermentor.core.command.Param;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.NameIndex;
import dev.careermentor.core.knowledge.model.Topic;
import dev.careermentor.core.reply.Limits;
import dev.careermentor.core.text.Input;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The /mentor slash command: one subcommand per core command, one string option per parameter. Each
 * name and description also carries its Simplified Chinese version (Discord shows it to people whose
 * app runs in Chinese) from the catalog's {@code discord.*} keys; the interaction still arrives with the
 * English names, so nothing else depends on them.
 */
final class MentorCommand {
    private static final Logger log = LoggerFactory.getLogger(MentorCommand.class);

    private MentorCommand() {}

    /** The locale the Chinese names and descriptions are registered for. */
    static final DiscordLocale CHINESE = DiscordLocale.CHINESE_CHINA;
    /** Discord's rule for names, in every locale; they must also be lowercase. */
    static final Pattern NAME_RULE = Pattern.compile("^[-_\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$");

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
        zhName("discord.mentor.name").ifPresent(n -> data.setNameLocalization(CHINESE, n));
        zhDescription("discord.mentor.description").ifPresent(d -> data.setDescriptionLocalization(CHINESE, d));
        data.setContexts(
                guildOnly
                        ? List.of(InteractionContextType.GUILD)
                        : List.of(InteractionContextType.GUILD, InteractionContextType.BOT_DM));
        Set<String> names = new HashSet<>();
        for (Command c : mentor.commands()) {
            SubcommandData sub = new SubcommandData(c.name(), describe(c.summary(), c.name()));
            String key = "discord." + c.name();
            zhName(key + ".name").ifPresent(n -> sub.setNameLocalization(CHINESE, n));
            zhDescription(key + ".description").ifPresent(d -> sub.setDescriptionLocalization(CHINESE, d));
            // Discord refuses a required option after an optional one; options are matched by name anyway.
            List<Param> params = c.params().stream()
                    .sorted(Comparator.comparing(p -> !p.required()))
                    .toList();
            for (Param p : params) sub.addOptions(option(mentor, c, p));
            data.addSubcommands(sub);
            names.add(c.name());
        }
        // A topic with a command word (become, hiring, choose) is a subcommand of its own, with its parts.
        Knowledge zh = mentor.knowledge().in(Lang.ZH);
        for (Topic t : mentor.knowledge().topics().all()) {
            String word = t.command();
            if (word == null || !names.add(word) || data.getSubcommands().size() >= MAX_SUBCOMMANDS) continue;
            OptionData part = new OptionData(OptionType.STRING, "part", "one part of the topic, or all", false)
                    .setAutoComplete(true)
                    .setMaxLength(MAX_NAME_VALUE);
            localize(part, "discord.part");
            SubcommandData sub = new SubcommandData(word, describe(t.name(), word)).addOptions(part);
            zhName("discord." + word + ".name").ifPresent(n -> sub.setNameLocalization(CHINESE, n));
            // A topic's description is its name, in Chinese from the knowledge's Chinese face.
            Topic translated = zh.topics().byId(t.id());
            if (translated != null && !translated.name().isBlank()) {
                sub.setDescriptionLocalization(CHINESE, describe(translated.name(), word));
            }
            data.addSubcommands(sub);
        }
        return data;
    }

    private static OptionData option(Mentor mentor, Command c, Param p) {
        OptionData o = new OptionData(OptionType.STRING, p.name(), describe(p.description(), p.name()), p.required());
        localize(o, "discord." + c.name() + "." + p.name());
        switch (p.type()) {
            case LEVEL -> fixedChoices(mentor, c, p, o);
            case TEXT -> {
                // A text parameter with a few fixed values (lang zh|en) is a fixed choice too.
                if (!fixedChoices(mentor, c, p, o)) o.setMaxLength(Input.MAX_LENGTH);
            }
            case SPECIALIZATION, PATH, ORIGIN, TOPIC, SECTION ->
                o.setAutoComplete(true).setMaxLength(MAX_NAME_VALUE);
        }
        return o;
    }

    /**
     * The values the core lists for {@code p} as Discord's fixed choice, each with its Chinese label
     * (from {@code discord.<param>.<value>}, or as the core labels it in Chinese); false when there are none.
     */
    private static boolean fixedChoices(Mentor mentor, Command c, Param p, OptionData o) {
        List<NameIndex.Suggestion> values = mentor.autocomplete(c.name(), p.name(), "", OptionData.MAX_CHOICES);
        for (NameIndex.Suggestion s : values) {
            var choice = new net.dv8tion.jda.api.interactions.commands.Command.Choice(
                    Limits.shorten(s.label(), MAX_NAME_VALUE), s.id());
            zhText("discord." + p.name() + "." + s.id())
                    .ifPresent(zh -> choice.setNameLocalization(CHINESE, Limits.shorten(zh, MAX_NAME_VALUE)));
            o.addChoices(choice);
        }
        return !values.isEmpty();
    }

    private static void localize(OptionData o, String key) {
        zhName(key + ".name").ifPresent(n -> o.setNameLocalization(CHINESE, n));
        zhDescription(key + ".description").ifPresent(d -> o.setDescriptionLocalization(CHINESE, d));
    }

    /** The Chinese text of a catalog key; empty when neither catalog has the key. */
    static Optional<String> zhText(String key) {
        try {
            String text = Msg.get(Lang.ZH, key).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (IllegalArgumentException missing) {
            return Optional.empty();
        }
    }

    /** A Chinese name within Discord's rules, or empty (and a warning) when the catalog's breaks them. */
    static Optional<String> zhName(String key) {
        Optional<String> name = zhText(key);
        if (name.isPresent()) {
            String n = name.get();
            if (!NAME_RULE.matcher(n).matches() || !n.equals(n.toLowerCase(Locale.ROOT))) {
                log.warn(
                        "{}={} in messages_zh.properties breaks Discord's rules for names (lowercase, 1-32 "
                                + "letters, digits, - or _); registering the English name only",
                        key,
                        n);
                return Optional.empty();
            }
        }
        return name;
    }

    static Optional<String> zhDescription(String key) {
        return zhText(key).map(d -> Limits.shorten(d, MAX_DESCRIPTION));
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
