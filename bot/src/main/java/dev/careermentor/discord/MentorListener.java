package dev.careermentor.discord;

import dev.careermentor.app.InFlight;
import dev.careermentor.core.Mentor;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.knowledge.NameIndex;
import dev.careermentor.core.reply.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns /mentor commands, autocomplete and button clicks into calls on the core. */
final class MentorListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(MentorListener.class);

    private final Mentor mentor;
    private final Responder responder;
    private final InFlight inFlight;
    private final Executor workers;
    private final String moderatorRoleId;

    /** @param moderatorRoleId members with this role may use /mentor-admin; null for Manage Server only */
    MentorListener(Mentor mentor, Responder responder, InFlight inFlight, Executor workers, String moderatorRoleId) {
        this.mentor = mentor;
        this.responder = responder;
        this.inFlight = inFlight;
        this.workers = workers;
        this.moderatorRoleId = moderatorRoleId;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (event.getName().equals(MentorAdminCommand.NAME)) {
            boolean moderator = MentorAdminCommand.moderator(event, moderatorRoleId);
            String name = event.getMember() != null ? event.getMember().getEffectiveName()
                    : event.getUser().getEffectiveName();
            admit(event, () -> responder.answer(event, () -> mentor.handleAdmin(user(event), name, moderator,
                    MentorCommand.request(event.getSubcommandName(), event.getOptions()))));
            return;
        }
        // Only /mentor is registered; anything else is a stale command from an older registration.
        String subcommand = event.getName().equals(MentorCommand.NAME) ? event.getSubcommandName() : "help";
        admit(event, () -> responder.answer(event,
                () -> mentor.handle(user(event), MentorCommand.request(subcommand, event.getOptions()))));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        admit(event, () -> responder.answer(event, () -> mentor.handleComponent(user(event), event.getComponentId())));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!inFlight.enter()) {
            event.replyChoices(List.of()).queue(null, e -> log.debug("late autocomplete not answered", e));
            return;
        }
        String command = event.getSubcommandName();
        var focused = event.getFocusedOption();
        try {
            CompletableFuture.supplyAsync(() -> choices(command, focused.getName(), focused.getValue()), workers)
                    .exceptionally(e -> {
                        log.error("autocomplete for /mentor {} failed", command, e);
                        return List.of(); // Discord then shows "no options" instead of an error
                    })
                    .thenCompose(choices -> event.replyChoices(choices).submit())
                    .whenComplete((ok, e) -> finished(event, e));
        } catch (RuntimeException e) {
            finished(event, e);
        }
    }

    /** At most 25 choices; a name over 100 characters is shortened, a value over 100 left out. */
    private List<Command.Choice> choices(String command, String param, String typed) {
        List<Command.Choice> out = new ArrayList<>();
        for (NameIndex.Suggestion s : mentor.autocomplete(command, param, typed, OptionData.MAX_CHOICES)) {
            if (s.id().isEmpty() || s.id().length() > OptionData.MAX_CHOICE_VALUE_LENGTH) continue;
            String name = Limits.shorten(s.label().isBlank() ? s.id() : s.label(), OptionData.MAX_CHOICE_NAME_LENGTH);
            out.add(new Command.Choice(name, s.id()));
            if (out.size() == OptionData.MAX_CHOICES) break;
        }
        return out;
    }

    private void admit(IReplyCallback event, Supplier<CompletableFuture<Void>> work) {
        if (!inFlight.enter()) {
            responder.refuse(event);
            return;
        }
        try {
            work.get().whenComplete((ok, e) -> finished(event, e));
        } catch (RuntimeException e) {
            finished(event, e);
        }
    }

    private void finished(Interaction event, Throwable failure) {
        if (failure != null) {
            log.warn("Discord interaction {} (type {}) could not be answered", event.getId(), event.getType(), failure);
        }
        inFlight.exit();
    }

    /** Quizzes and sessions are per server: the same person in two servers has two. */
    static User user(Interaction event) {
        Guild guild = event.getGuild();
        return new User(Surface.DISCORD, guild == null ? "dm" : guild.getId(), event.getUser().getId());
    }
}
