package dev.careermentor.discord;

import dev.careermentor.adapter.AdapterBase;
import dev.careermentor.adapter.InFlight;
import dev.careermentor.core.Mentor;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.NameIndex;
import dev.careermentor.core.reply.Limits;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.session.RecentKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns /mentor commands, autocomplete and button clicks into calls on the core. */
final class MentorListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(MentorListener.class);

    private final AdapterBase adapter;
    private final Mentor mentor;
    private final Responder responder;
    private final InFlight inFlight;
    private final Executor workers;
    private final @Nullable String moderatorRoleId;
    /** Who was told, in the last day, that Traditional Chinese is answered in Simplified. */
    private final RecentKeys toldTraditional;

    /**
     * @param adapter admits interactions (and turns them away while stopping) and remembers those already
     *     taken, so that a repeated delivery is dropped
     * @param moderatorRoleId members with this role may use /mentor-admin; null for Manage Server only
     */
    MentorListener(
            AdapterBase adapter,
            Responder responder,
            Executor workers,
            @Nullable String moderatorRoleId,
            RecentKeys toldTraditional) {
        this.toldTraditional = toldTraditional;
        this.adapter = adapter;
        this.mentor = adapter.mentor();
        this.responder = responder;
        this.inFlight = adapter.inFlight();
        this.workers = workers;
        this.moderatorRoleId = moderatorRoleId;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (repeated(event)) return;
        if (event.getName().equals(MentorAdminCommand.NAME)) {
            boolean moderator = MentorAdminCommand.moderator(event, moderatorRoleId);
            String name = event.getMember() != null
                    ? event.getMember().getEffectiveName()
                    : event.getUser().getEffectiveName();
            admit(
                    event,
                    () -> responder.answer(
                            event,
                            () -> mentor.handleAdmin(
                                    user(event),
                                    name,
                                    moderator,
                                    MentorCommand.request(event.getSubcommandName(), event.getOptions()))));
            return;
        }
        // Only /mentor is registered; anything else is a stale command from an older registration.
        String subcommand = event.getName().equals(MentorCommand.NAME) ? event.getSubcommandName() : "help";
        User user = user(event);
        Lang hint = hint(event);
        admit(
                event,
                () -> responder.answer(
                        event,
                        () -> noted(
                                event,
                                user,
                                mentor.handle(user, hint, MentorCommand.request(subcommand, event.getOptions())))));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (repeated(event)) return;
        String channel = Objects.requireNonNullElse(event.getChannelId(), "");
        admit(
                event,
                () -> responder.answer(
                        event,
                        () -> mentor.handleComponent(user(event), hint(event), channel, event.getComponentId())));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (repeated(event)) return;
        if (!inFlight.enter()) {
            try {
                event.replyChoices(List.of()).queue(null, e -> log.debug("late autocomplete not answered", e));
            } catch (RuntimeException e) { // JDA's requester already stopped
                log.debug("late autocomplete not answered", e);
            }
            return;
        }
        String command = event.getSubcommandName();
        var focused = event.getFocusedOption();
        User user = user(event);
        Lang hint = hint(event);
        // Every /mentor option is a string; JDA refuses string choices for another type (an outdated client).
        boolean text = focused.getType() == OptionType.STRING;
        CompletableFuture<?> answered;
        try {
            // The reply is sent from the worker too, never from JDA's gateway thread (see Responder).
            answered = CompletableFuture.completedFuture(null)
                    .thenComposeAsync(
                            ignored -> {
                                List<Command.Choice> choices;
                                try {
                                    choices = text
                                            ? choices(
                                                    user,
                                                    hint,
                                                    command,
                                                    focused.getName(),
                                                    focused.getValue(),
                                                    given(event))
                                            : List.of();
                                } catch (RuntimeException e) {
                                    log.error("autocomplete for /mentor {} failed", command, e);
                                    choices = List.of(); // Discord then shows "no options" instead of an error
                                }
                                return event.replyChoices(choices).submit();
                            },
                            workers);
        } catch (RuntimeException e) {
            answered = CompletableFuture.failedFuture(e);
        }
        release(event, answered);
    }

    /** At most 25 choices; a name over 100 characters is shortened, a value over 100 left out. */
    private List<Command.Choice> choices(
            User user, @Nullable Lang hint, String command, String param, String typed, Map<String, String> given) {
        List<Command.Choice> out = new ArrayList<>();
        for (NameIndex.Suggestion s :
                mentor.autocomplete(user, hint, command, param, typed, given, OptionData.MAX_CHOICES)) {
            if (s.id().isEmpty() || s.id().length() > OptionData.MAX_CHOICE_VALUE_LENGTH) continue;
            String name = Limits.shorten(s.label().isBlank() ? s.id() : s.label(), OptionData.MAX_CHOICE_NAME_LENGTH);
            out.add(new Command.Choice(name, s.id()));
            if (out.size() == OptionData.MAX_CHOICES) break;
        }
        return out;
    }

    /** The other options typed so far: the parts offered depend on the topic chosen. */
    private static Map<String, String> given(CommandAutoCompleteInteractionEvent event) {
        String focused = event.getFocusedOption().getName();
        Map<String, String> given = new HashMap<>(MentorCommand.request(event.getSubcommandName(), event.getOptions())
                .args());
        given.remove(focused);
        return given;
    }

    private boolean repeated(Interaction event) {
        return !adapter.firstDelivery(event.getId());
    }

    private void admit(IReplyCallback event, Supplier<CompletableFuture<Void>> work) {
        if (!inFlight.enter()) {
            responder.refuse(event);
            return;
        }
        CompletableFuture<?> answered;
        try {
            answered = work.get();
        } catch (RuntimeException e) {
            answered = CompletableFuture.failedFuture(e);
        }
        release(event, answered);
    }

    /** Once the answer is out, or failed, logs how it went and ends the interaction's admission. */
    private void release(Interaction event, CompletableFuture<?> answered) {
        Responder.whenDone(answered, (ok, failure) -> finished(event, failure));
    }

    private void finished(Interaction event, @Nullable Throwable failure) {
        if (failure != null) {
            Throwable cause =
                    failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof ErrorResponseException e
                    && e.getErrorResponse() == ErrorResponse.UNKNOWN_INTERACTION) {
                // Too late (over Discord's 3 s) or taken elsewhere: one line, since an overload brings many.
                log.warn(
                        "Discord interaction {} (type {}) expired before it was answered: {}",
                        event.getId(),
                        event.getType(),
                        e.getMeaning());
            } else {
                log.warn(
                        "Discord interaction {} (type {}) could not be answered",
                        event.getId(),
                        event.getType(),
                        failure);
            }
        }
        inFlight.exit();
    }

    /**
     * The language the person's Discord app runs in: Chinese for zh-CN and for zh-TW (answered in
     * Simplified Chinese, with a note the first time), English otherwise. Their own {@code /mentor lang}
     * choice, or a question typed in Chinese, still wins (see {@code Languages}).
     */
    static Lang hint(Interaction event) {
        return hint(event.getUserLocale());
    }

    static Lang hint(DiscordLocale locale) {
        return locale == DiscordLocale.CHINESE_CHINA || locale == DiscordLocale.CHINESE_TAIWAN ? Lang.ZH : Lang.EN;
    }

    /**
     * The reply, with a one-line note before it the first time (within a day) a person whose app runs in
     * Traditional Chinese is answered in Simplified Chinese.
     */
    private Reply noted(Interaction event, User user, Reply reply) {
        if (event.getUserLocale() != DiscordLocale.CHINESE_TAIWAN) return reply;
        if (mentor.languages().chosen(user).filter(l -> l != Lang.ZH).isPresent()) return reply;
        if (!toldTraditional.firstTime(user.surface() + "|" + user.workspace() + "|" + user.id())) return reply;
        String note = Msg.get(Lang.ZH, "lang.traditional");
        return reply.withText(reply.text().isEmpty() ? note : note + "\n\n" + reply.text());
    }

    /** Quizzes and sessions are per server: the same person in two servers has two. */
    static User user(Interaction event) {
        Guild guild = event.getGuild();
        return new User(
                Surface.DISCORD,
                guild == null ? "dm" : guild.getId(),
                event.getUser().getId());
    }
}
