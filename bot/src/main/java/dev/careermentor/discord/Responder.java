package dev.careermentor.discord;

import dev.careermentor.adapter.AdapterBase;
import dev.careermentor.adapter.Replies;
import dev.careermentor.core.reply.Reply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.RestAction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an interaction within Discord's 3 seconds. The core's answer is computed off the gateway
 * thread; if it is ready within {@code deferAfter} it is sent as the interaction response itself (one
 * request, nothing flickers). Otherwise the interaction is deferred first ("thinking…" for a command,
 * a silent acknowledgement for a click) and the answer edits the deferred message when it arrives.
 * Messages after the first go out as follow-ups, in order.
 */
final class Responder {
    private static final Logger log = LoggerFactory.getLogger(Responder.class);

    private final DiscordRenderer renderer;
    private final AdapterBase adapter;
    private final Executor workers;
    private final ScheduledExecutorService timer;
    private final Duration deferAfter;

    /**
     * @param adapter calls the core, turning its failures into {@link Replies#FAILED}
     * @param deferAfter how long an answer may take before the interaction is deferred; zero defers always
     */
    Responder(
            DiscordRenderer renderer,
            AdapterBase adapter,
            Executor workers,
            ScheduledExecutorService timer,
            Duration deferAfter) {
        this.renderer = renderer;
        this.adapter = adapter;
        this.workers = workers;
        this.timer = timer;
        this.deferAfter = deferAfter;
    }

    /** A slash command: its answer is always ephemeral; only a Share click posts publicly. */
    CompletableFuture<Void> answer(SlashCommandInteractionEvent event, Supplier<Reply> work) {
        return respond(
                new Target() {
                    @Override
                    public RestAction<?> defer() {
                        return event.deferReply(true);
                    }

                    @Override
                    public CompletableFuture<Void> direct(List<DiscordMessage> messages, Reply.Visibility visibility) {
                        var first = event.reply(messages.get(0).create())
                                .setEphemeral(true)
                                .submit();
                        return followUps(first, event.getHook(), rest(messages), true);
                    }

                    @Override
                    public CompletableFuture<Void> afterDefer(
                            List<DiscordMessage> messages, Reply.Visibility visibility) {
                        var first = event.getHook()
                                .editOriginal(messages.get(0).edit())
                                .submit();
                        return followUps(first, event.getHook(), rest(messages), true);
                    }
                },
                work);
    }

    /** A button click: UPDATE edits the clicked message, PRIVATE replies ephemerally, PUBLIC posts for all. */
    CompletableFuture<Void> answer(ButtonInteractionEvent event, Supplier<Reply> work) {
        return respond(
                new Target() {
                    @Override
                    public RestAction<?> defer() {
                        return event.deferEdit();
                    }

                    @Override
                    public CompletableFuture<Void> direct(List<DiscordMessage> messages, Reply.Visibility visibility) {
                        InteractionHook hook = event.getHook();
                        if (visibility == Reply.Visibility.UPDATE) {
                            var first =
                                    event.editMessage(messages.get(0).edit()).submit();
                            return followUps(first, hook, rest(messages), clickedEphemeral(event));
                        }
                        boolean ephemeral = visibility != Reply.Visibility.PUBLIC;
                        var first = event.reply(messages.get(0).create())
                                .setEphemeral(ephemeral)
                                .submit();
                        return followUps(first, hook, rest(messages), ephemeral);
                    }

                    @Override
                    public CompletableFuture<Void> afterDefer(
                            List<DiscordMessage> messages, Reply.Visibility visibility) {
                        InteractionHook hook = event.getHook();
                        if (visibility == Reply.Visibility.UPDATE) {
                            var first =
                                    hook.editOriginal(messages.get(0).edit()).submit();
                            return followUps(first, hook, rest(messages), clickedEphemeral(event));
                        }
                        return followUps(
                                CompletableFuture.completedFuture(null),
                                hook,
                                messages,
                                visibility != Reply.Visibility.PUBLIC);
                    }
                },
                work);
    }

    /** A short ephemeral note for interactions that arrive while the bot is shutting down. */
    void refuse(IReplyCallback event) {
        try {
            event.reply(renderer.render(Replies.RESTARTING).get(0).create())
                    .setEphemeral(true)
                    .queue(null, e -> log.debug("could not tell a late interaction that we are restarting", e));
        } catch (RuntimeException e) { // JDA's requester already stopped: nothing more can be sent
            log.debug("could not tell a late interaction that we are restarting", e);
        }
    }

    /** How one kind of interaction is acknowledged and answered. */
    private interface Target {
        RestAction<?> defer();

        CompletableFuture<Void> direct(List<DiscordMessage> messages, Reply.Visibility visibility);

        CompletableFuture<Void> afterDefer(List<DiscordMessage> messages, Reply.Visibility visibility);
    }

    private CompletableFuture<Void> respond(Target target, Supplier<Reply> work) {
        // Whoever sets this first acknowledges the interaction: the answer (directly) or the timer (by deferring).
        AtomicBoolean acknowledged = new AtomicBoolean();
        CompletableFuture<Void> deferral = new CompletableFuture<>();
        ScheduledFuture<?> deferTimer = null;
        if (deferAfter.isZero()) {
            acknowledged.set(true);
            defer(target, deferral);
        } else {
            deferTimer = timer.schedule(
                    () -> {
                        if (acknowledged.compareAndSet(false, true)) defer(target, deferral);
                    },
                    deferAfter.toNanos(),
                    TimeUnit.NANOSECONDS);
        }
        ScheduledFuture<?> cancel = deferTimer;
        // Rendering and sending run on the worker as well: chained with thenCompose they would run on
        // whichever thread attached them if the answer was already there, which is JDA's gateway thread,
        // and every interaction behind it would wait.
        return CompletableFuture.completedFuture(null)
                .thenComposeAsync(
                        ignored -> {
                            Reply reply = adapter.answer(work);
                            if (cancel != null) cancel.cancel(false);
                            List<DiscordMessage> messages = render(reply);
                            if (acknowledged.compareAndSet(false, true))
                                return target.direct(messages, reply.visibility());
                            return deferral.thenCompose(v -> target.afterDefer(messages, reply.visibility()));
                        },
                        workers);
    }

    private static void defer(Target target, CompletableFuture<Void> deferral) {
        whenDone(target.defer().submit(), (ok, e) -> {
            if (e != null) deferral.completeExceptionally(e);
            else deferral.complete(null);
        });
    }

    /**
     * Runs {@code then} once {@code future} completes, with its result or failure. The future that
     * {@code whenComplete} returns is dropped on purpose, and only here: it fails only if {@code then}
     * throws, and {@code then} must not (every caller's callback completes a future or ends an admission
     * and logs), so it carries nothing left to observe.
     */
    @SuppressWarnings("FutureReturnValueIgnored")
    static <T> void whenDone(CompletableFuture<T> future, BiConsumer<? super T, ? super @Nullable Throwable> then) {
        future.whenComplete(then);
    }

    private List<DiscordMessage> render(Reply reply) {
        try {
            return renderer.render(reply);
        } catch (RuntimeException e) {
            log.error("could not render a reply for Discord: {}", reply.title(), e);
            return renderer.render(Replies.FAILED);
        }
    }

    private static CompletableFuture<Void> followUps(
            CompletableFuture<?> first, InteractionHook hook, List<DiscordMessage> more, boolean ephemeral) {
        CompletableFuture<?> chain = first;
        for (DiscordMessage m : more) {
            chain = chain.thenCompose(previous ->
                    hook.sendMessage(m.create()).setEphemeral(ephemeral).submit());
        }
        return chain.thenApply(last -> null);
    }

    private static List<DiscordMessage> rest(List<DiscordMessage> messages) {
        return messages.subList(1, messages.size());
    }

    /** Follow-ups to an edited message match it; an ephemeral message may arrive without its body. */
    private static boolean clickedEphemeral(ButtonInteractionEvent event) {
        Message clicked = event.getMessage();
        return clicked == null || clicked.isEphemeral();
    }
}
