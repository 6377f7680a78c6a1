package dev.careermentor.discord;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.careermentor.adapter.AdapterBase;
import dev.careermentor.app.DiscordSettings;
import dev.careermentor.core.Mentor;
import dev.careermentor.core.session.RecentKeys;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Career Mentor on Discord through JDA: /mentor slash commands, autocomplete and button clicks, all
 * answered through interaction webhooks, so the bot needs no privileged intents and no channel
 * permissions.
 */
public final class DiscordAdapter extends AdapterBase {
    private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);

    /** Added to JDA's "bot" scope so that the invite lets the bot create /mentor. */
    static final String SCOPES = "applications.commands";
    /**
     * Discord may deliver an interaction twice (a replayed dispatch); a second answer would be refused as
     * a double acknowledgement, so a repeat is dropped. A token lives 15 minutes.
     */
    static final Duration REPEAT_WINDOW = Duration.ofMinutes(15);
    /** After the grace period JDA still gets this long to close cleanly before it is forced. */
    static final Duration SHUTDOWN_FLOOR = Duration.ofSeconds(1);

    static final Duration FORCED_SHUTDOWN = Duration.ofSeconds(2);

    /**
     * @param deferAfter how long an answer may take before the interaction is deferred (zero: always defer)
     * @param startTimeout how long {@link #start()} waits for the gateway and the command registration
     */
    public record Timing(Duration deferAfter, Duration startTimeout) {
        public static final Timing DEFAULT = new Timing(Duration.ofMillis(1500), Duration.ofSeconds(60));
    }

    private final DiscordSettings settings;
    private final Timing timing;
    private final ExecutorService workers = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), daemon("discord-mentor"));
    private final ScheduledExecutorService timer = deferTimer();
    private volatile @Nullable JDA jda;
    /** With DISCORD_SHARDS: this process's shards, instead of {@link #jda}. */
    private volatile @Nullable ShardedConnection sharded;
    /** The process's time source, from the composition root. */
    private final Ticker ticker;
    /** People told that Traditional Chinese is answered in Simplified, so they are told once a day. */
    private final RecentKeys toldTraditional;

    /**
     * @param ticker the process's time source (the composition root's), for remembering deliveries and the
     *     sharded shutdown's deadlines
     */
    public DiscordAdapter(DiscordSettings settings, Mentor mentor, Ticker ticker) {
        this(settings, mentor, ticker, Timing.DEFAULT);
    }

    public DiscordAdapter(DiscordSettings settings, Mentor mentor, Ticker ticker, Timing timing) {
        super("discord", mentor, REPEAT_WINDOW);
        this.ticker = ticker;
        this.toldTraditional = mentor.keys().recent("discord-told-traditional", Duration.ofDays(1));
        this.settings = settings;
        this.timing = timing;
    }

    @Override
    protected void connect() throws InterruptedException {
        // JDA allows every mention type by default; nothing this bot sends may ping anyone.
        MessageRequest.setDefaultMentions(DiscordMessage.NO_MENTIONS);
        MessageRequest.setDefaultMentionRepliedUser(false);

        Responder responder = new Responder(new DiscordRenderer(), this, workers, timer, timing.deferAfter());
        MentorListener listener =
                new MentorListener(this, responder, workers, settings.moderatorRoleId(), toldTraditional);
        if (settings.shards() != null) {
            connectShards(settings.shards(), listener);
            return;
        }
        CountDownLatch settled = new CountDownLatch(1);
        AtomicReference<ShutdownEvent> earlyShutdown = new AtomicReference<>();
        EventListener startup = event -> {
            if (event instanceof ShutdownEvent s) earlyShutdown.compareAndSet(null, s);
            // JDA fires ReadyEvent before it sets its status to CONNECTED: wait for the status, so ready()
            // is true once start() returns (RegistrationTest caught the gap under load).
            if (event instanceof StatusChangeEvent c && c.getNewStatus() == JDA.Status.CONNECTED) settled.countDown();
            if (event instanceof ShutdownEvent) settled.countDown();
        };
        JDA built = login(listener, startup);
        if (!unlessStopped(() -> jda = built)) { // SIGTERM arrived while JDA was logging in
            abort(built);
            throw new IllegalStateException("the Discord adapter was stopped while starting");
        }
        if (!settled.await(timing.startTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
            abort(built);
            throw new IllegalStateException("Discord's gateway did not become ready within " + timing.startTimeout()
                    + (settings.gatewayUrl() == null ? "" : " at DISCORD_GATEWAY_URL=" + settings.gatewayUrl()) + ".");
        }
        if (earlyShutdown.get() != null) {
            ShutdownEvent s = earlyShutdown.get();
            if (s.getCloseCode() == CloseCode.SHARDING_REQUIRED) {
                throw new IllegalStateException("Discord requires this bot to shard (close code 4011: one connection "
                        + "may carry at most 2,500 servers): set DISCORD_SHARDS=auto, or a number of shards split "
                        + "over processes with DISCORD_SHARD_IDS (docs/discord.md, Sharding).");
            }
            throw new IllegalStateException("Discord closed the gateway connection while starting (code "
                    + s.getCloseCode() + "): check DISCORD_TOKEN and that no privileged intents are required.");
        }
        register(built, () -> abort(built));
        logInvite(built);
    }

    /**
     * The sharded start: this process's shards through JDA's ShardManager, each connected before this
     * returns; /mentor registered by the one process whose shard can see where it goes (see {@link
     * #registrar}).
     */
    private void connectShards(DiscordSettings.Shards plan, MentorListener listener) throws InterruptedException {
        ShardedConnection.Startup startup = new ShardedConnection.Startup();
        ShardedConnection built;
        try {
            built = ShardedConnection.login(settings, plan, ticker, listener, startup);
        } catch (RuntimeException e) {
            throw loginFailed(e);
        }
        if (!unlessStopped(() -> sharded = built)) { // SIGTERM arrived while the first shard was logging in
            built.abort();
            throw new IllegalStateException("the Discord adapter was stopped while starting");
        }
        log.info(
                "Discord: this process runs shards {}{}",
                built.describe(),
                plan.auto() ? " (DISCORD_SHARDS=auto: the count Discord recommends)" : "");
        Duration timeout = built.startTimeout(timing.startTimeout());
        if (!startup.await(built.mine(), timeout)) {
            ShutdownEvent s = startup.shutdown();
            String down = built.notConnected();
            built.abort();
            if (s != null) {
                throw new IllegalStateException("Discord closed the gateway connection of shard "
                        + s.getJDA().getShardInfo().getShardString() + " while starting (code "
                        + s.getCloseCode() + "): check DISCORD_TOKEN, and that DISCORD_SHARDS is the same in every "
                        + "process and at least what Discord requires.");
            }
            throw new IllegalStateException("Discord's gateway did not connect shards " + down + " of "
                    + built.total() + " within " + timeout.toSeconds() + "s"
                    + (settings.gatewayUrl() == null ? "" : " at DISCORD_GATEWAY_URL=" + settings.gatewayUrl()) + ".");
        }
        int registrar = registrar(settings.guildId(), built.total());
        JDA shard = built.shard(registrar);
        if (shard != null) {
            register(shard, built::abort);
        } else {
            log.info(
                    "Discord: /mentor is registered by the process running shard {} of {}{}",
                    registrar,
                    built.total(),
                    settings.guildId() == null ? "" : " (the shard of DISCORD_GUILD_ID=" + settings.guildId() + ")");
        }
        logInvite(built.first());
    }

    /**
     * The one shard whose process registers /mentor, so that several processes do not overwrite the list
     * together: the shard of DISCORD_GUILD_ID, whose process alone has that server in its cache and so can
     * tell whether the bot is on it; for global commands, shard 0, which every complete deployment runs.
     */
    static int registrar(@Nullable String guildId, int total) {
        return guildId == null ? 0 : DiscordSettings.Shards.of(Long.parseUnsignedLong(guildId), total);
    }

    /** Builds JDA, which checks the token with GET /users/@me and then connects to the gateway. */
    private JDA login(EventListener... listeners) {
        JDABuilder builder = JDABuilder.createLight(settings.token(), EnumSet.noneOf(GatewayIntent.class))
                // Main owns SIGTERM and calls stop(grace), which drains interactions before JDA goes down.
                .setEnableShutdownHook(false)
                .addEventListeners((Object[]) listeners);
        if (settings.apiUrl() != null)
            builder.setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl().toString()));
        if (settings.gatewayUrl() != null) {
            builder.setSessionController(new FixedGateway(settings.gatewayUrl()))
                    .setCompression(Compression.NONE);
        }
        try {
            return builder.build();
        } catch (RuntimeException e) {
            throw loginFailed(e);
        }
    }

    /** What a failed login means for the operator: a refused token, or an API that cannot be reached. */
    private IllegalStateException loginFailed(RuntimeException e) {
        if (e instanceof InvalidTokenException) {
            return new IllegalStateException(
                    "Discord refused DISCORD_TOKEN (401 Unauthorized): copy the token again "
                            + "from the Developer Portal (your application > Bot > Reset Token).",
                    e);
        }
        return new IllegalStateException(
                "Could not log in to Discord's API at "
                        + (settings.apiUrl() == null
                                ? RestConfig.DEFAULT_BASE_URL
                                : settings.apiUrl() + " (DISCORD_API_URL)")
                        + ": " + e.getMessage(),
                e);
    }

    /** @param abort takes the connection down: a failed registration fails the start */
    private void register(JDA jda, Runnable abort) {
        String guild = settings.guildId();
        Optional<CommandListUpdateAction> list = CommandRegistration.update(jda, guild);
        if (list.isEmpty()) {
            abort.run();
            throw new IllegalStateException(notOnServer(jda, Objects.requireNonNull(guild, "global always works")));
        }
        try {
            Mentor mentor = mentor();
            var update = list.get().addCommands(MentorCommand.data(mentor, guild != null));
            // The update replaces every command, so /mentor-admin must be in this same call or it is deleted.
            if (!mentor.adminCommands().isEmpty()) update = update.addCommands(MentorAdminCommand.data(mentor));
            List<Command> commands = update.timeout(timing.startTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .complete();
            int subcommands =
                    commands.isEmpty() ? 0 : commands.get(0).getSubcommands().size();
            log.info(
                    "Discord: /mentor registered with {} subcommands {}",
                    subcommands,
                    guild == null
                            ? "globally (Discord may take a while to show changes in every client)"
                            : "on server " + guild + " (changes show at once)");
        } catch (ErrorResponseException e) {
            abort.run();
            String where = guild == null ? "globally" : "on DISCORD_GUILD_ID=" + guild;
            throw new IllegalStateException(
                    "Discord refused to register /mentor " + where + ": " + e.getMeaning()
                            + " (" + e.getErrorCode() + ")."
                            + (guild == null
                                    ? ""
                                    : " Is the bot on that server, invited with the applications.commands scope? Invite it with "
                                            + invite(jda, guild)),
                    e);
        } catch (RuntimeException e) {
            abort.run();
            throw new IllegalStateException("Could not register /mentor with Discord: " + e.getMessage(), e);
        }
    }

    /** Why /mentor cannot go on that server, and what to do: the guild never reached JDA's cache. */
    private static String notOnServer(JDA jda, String guild) {
        if (jda.isUnavailable(Long.parseUnsignedLong(guild))) {
            return "Discord reports the server DISCORD_GUILD_ID=" + guild + " unavailable (an outage on Discord's "
                    + "side), so /mentor cannot be registered there now: start again once it is back.";
        }
        ErrorResponse refusal = ErrorResponse.MISSING_ACCESS;
        return "Cannot register /mentor on DISCORD_GUILD_ID=" + guild + ": the bot is not on that server, and "
                + "Discord refuses a registration there with " + refusal.getMeaning() + " (" + refusal.getCode()
                + "). Is the bot on that server, invited with the applications.commands scope? Invite it with "
                + invite(jda, guild);
    }

    /** A failed start leaves nothing running. */
    private static void abort(JDA jda) {
        jda.shutdownNow();
        try {
            if (!jda.awaitShutdown(FORCED_SHUTDOWN.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Discord: JDA did not stop within {} after a failed start", FORCED_SHUTDOWN);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void logInvite(JDA jda) {
        log.info(
                "Discord: connected as {}. Invite the bot to a server with {}",
                jda.getSelfUser().getName(),
                invite(jda, settings.guildId()));
    }

    /** The OAuth2 URL with scopes bot and applications.commands and no permissions. */
    static String invite(JDA jda, @Nullable String guildId) {
        jda.setRequiredScopes(SCOPES);
        String url = jda.getInviteUrl();
        return guildId == null ? url : url + "&guild_id=" + guildId;
    }

    @Override
    protected boolean connected() {
        ShardedConnection shards = sharded;
        if (shards != null) return shards.connected();
        JDA j = jda;
        return j != null && j.getStatus() == JDA.Status.CONNECTED;
    }

    /**
     * After the drain (late interactions meanwhile get a short "restarting" note from the listener), shuts
     * JDA down, forcing it if needed. Returns within what is left of the grace period plus about three
     * seconds, with JDA shut down.
     *
     * <p>First our own sources of requests stop: the deferral timer and the answer workers. Left running,
     * an answer the drain gave up on, or a deferral firing late, could put a request into JDA's queue while
     * JDA drains it; JDA's rate limiter then stays up until its next 30-second cleanup tick, so JDA
     * reaches SHUTDOWN only when forced, and a forced shutdown cannot hurry what is left (the gateway's
     * closing handshake). When answers are still running after the grace period, their requests are
     * abandoned anyway, so JDA is shut down at once instead of gracefully.
     */
    @Override
    protected void disconnect(Duration left) {
        timer.shutdownNow();
        workers.shutdownNow();
        int abandoned = inFlight().active();
        if (abandoned > 0) {
            // Said here, whatever JDA then does with their requests (refuse, cancel, or drop them unanswered).
            log.warn(
                    "Discord: {} answer(s) still running after the grace period are abandoned; Discord shows them as"
                            + " failed",
                    abandoned);
        }
        ShardedConnection shards = sharded;
        if (shards != null) {
            shards.shutdown(left, inFlight().active() > 0);
            return;
        }
        JDA j = jda;
        if (j == null) return;
        try {
            shutdown(j, left, inFlight().active() > 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            j.shutdownNow();
        }
    }

    private static void shutdown(JDA j, Duration left, boolean abandoned) throws InterruptedException {
        if (j.getStatus() == JDA.Status.SHUTDOWN) return; // a failed start already took it down
        if (abandoned) j.shutdownNow(); // the answers still running will not be sent: nothing to wait for
        else j.shutdown(); // everything answered; what JDA still has queued (late "restarting" notes) goes out
        long wait = Math.max(SHUTDOWN_FLOOR.toNanos(), left.toNanos());
        if (!j.awaitShutdown(wait, TimeUnit.NANOSECONDS)) {
            log.warn("Discord: JDA did not shut down in time; forcing it");
            j.shutdownNow();
            if (!j.awaitShutdown(FORCED_SHUTDOWN.toMillis(), TimeUnit.MILLISECONDS)) {
                log.error("Discord: JDA was still shutting down {} after it was forced", FORCED_SHUTDOWN);
                return;
            }
        }
        log.info("Discord: disconnected");
    }

    /** The JDA instance once started, for tests and the lead's metrics. */
    @Nullable
    JDA jda() {
        return jda;
    }

    /** With DISCORD_SHARDS, this process's shards once started, for tests. */
    @Nullable
    ShardedConnection sharded() {
        return sharded;
    }

    private static ScheduledExecutorService deferTimer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, daemon("discord-defer"));
        t.setRemoveOnCancelPolicy(true); // most timers are cancelled because the answer came first
        return t;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
