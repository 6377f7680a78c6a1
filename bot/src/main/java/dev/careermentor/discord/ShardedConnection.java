package dev.careermentor.discord;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.careermentor.app.DiscordSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionController;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway as several shards in this process (DISCORD_SHARDS, DISCORD_SHARD_IDS): JDA's {@link
 * ShardManager}, one JDA per shard, built with the settings the single connection uses. Discord delivers
 * the events of server {@code g} on shard {@code (g >> 22) % total} and DMs on shard 0; the other shards'
 * servers are other processes' work.
 */
final class ShardedConnection {
    private static final Logger log = LoggerFactory.getLogger(ShardedConnection.class);

    private final ShardManager manager;
    private final int total;
    private final List<Integer> mine;
    /** The process's time source, for the shutdown's deadlines. */
    private final Ticker ticker;

    private ShardedConnection(ShardManager manager, int total, List<Integer> mine, Ticker ticker) {
        this.manager = manager;
        this.total = total;
        this.mine = mine;
        this.ticker = ticker;
    }

    /**
     * Checks the token (GET /users/@me, and GET /gateway/bot for the shard count and the gateway) and starts
     * connecting this process's shards, as DefaultShardManager does: the first in this thread, the others
     * in the background, as many at once as Discord's max_concurrency allows.
     *
     * @throws RuntimeException as JDA throws it (InvalidTokenException for a refused token), with nothing left
     *     running
     */
    static ShardedConnection login(
            DiscordSettings settings, DiscordSettings.Shards plan, Ticker ticker, EventListener... listeners) {
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(
                        settings.token(), EnumSet.noneOf(GatewayIntent.class))
                // Main owns SIGTERM and calls stop(grace), which drains interactions before JDA goes down.
                .setEnableShutdownHook(false)
                .addEventListeners((Object[]) listeners)
                .setShardsTotal(plan.total());
        if (!plan.ids().isEmpty()) builder.setShards(plan.ids());
        if (settings.apiUrl() != null)
            builder.setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl().toString()));
        if (settings.gatewayUrl() != null) {
            builder.setSessionController(new FixedGateway(settings.gatewayUrl()))
                    .setCompression(Compression.NONE);
        }
        ShardManager manager = builder.build(false);
        try {
            manager.login(); // with auto, this asks Discord for the count first
        } catch (RuntimeException e) {
            manager.shutdown(); // its shared thread pools were made for the shard that failed
            throw e;
        }
        int total = manager.getShardsTotal();
        return new ShardedConnection(manager, total, plan.idsOf(total), ticker);
    }

    ShardManager manager() {
        return manager;
    }

    int total() {
        return total;
    }

    /** The shards this process runs, ascending. */
    List<Integer> mine() {
        return mine;
    }

    /** "2-3 of 4" */
    String describe() {
        return DiscordSettings.Shards.ranges(mine) + " of " + total;
    }

    /** The shard's JDA once the manager built it; null while it waits its turn to connect. */
    @Nullable
    JDA shard(int id) {
        return manager.getShardById(id);
    }

    /** The lowest shard of this process that is built: for the bot's own user and invite. */
    JDA first() {
        return Objects.requireNonNull(shard(mine.get(0)), "the first shard is built in login()");
    }

    /**
     * How long {@link Startup#await} may take: the single connection's timeout, plus Discord's pause
     * between two IDENTIFYs per further shard, in case Discord lets this bot start one at a time.
     */
    Duration startTimeout(Duration single) {
        return single.plusSeconds((long) SessionController.IDENTIFY_DELAY * (mine.size() - 1));
    }

    /** True while every shard of this process is connected: one down and its servers go unanswered. */
    boolean connected() {
        for (int id : mine) {
            JDA j = shard(id);
            if (j == null || j.getStatus() != JDA.Status.CONNECTED) return false;
        }
        return true;
    }

    /** The shards of this process not connected now, as ranges. */
    String notConnected() {
        List<Integer> down = new ArrayList<>();
        for (int id : mine) {
            JDA j = shard(id);
            if (j == null || j.getStatus() != JDA.Status.CONNECTED) down.add(id);
        }
        return DiscordSettings.Shards.ranges(down);
    }

    /** A failed start leaves nothing running. */
    void abort() {
        List<JDA> shards = manager.getShards();
        manager.shutdown(); // no further shard starts
        shards.forEach(JDA::shutdownNow);
        awaitAll(shards, ticker.read() + DiscordAdapter.FORCED_SHUTDOWN.toNanos(), "after a failed start");
    }

    /**
     * Shuts every shard down, gracefully unless answers were abandoned (as the single connection does),
     * then the manager and its shared thread pools: those last, because a shard closing gracefully still
     * sends what it has queued through them. Returns within {@code left} (at least {@link
     * DiscordAdapter#SHUTDOWN_FLOOR}) plus about {@link DiscordAdapter#FORCED_SHUTDOWN}.
     */
    void shutdown(Duration left, boolean abandoned) {
        List<JDA> shards = manager.getShards();
        boolean starting = manager.getShardsQueued() > 0;
        if (!starting && shards.stream().allMatch(j -> j.getStatus() == JDA.Status.SHUTDOWN)) {
            manager.shutdown(); // a failed start already took the shards down
            return;
        }
        if (starting) manager.shutdown(); // stop starting shards first: stopping while some still wait their turn
        for (JDA j : shards) {
            if (abandoned || starting) j.shutdownNow();
            else j.shutdown();
        }
        long wait = Math.max(DiscordAdapter.SHUTDOWN_FLOOR.toNanos(), left.toNanos());
        List<JDA> late = awaitAll(shards, ticker.read() + wait, null);
        if (!late.isEmpty()) {
            log.warn("Discord: {} shards did not shut down in time; forcing them", late.size());
            late.forEach(JDA::shutdownNow);
            awaitAll(late, ticker.read() + DiscordAdapter.FORCED_SHUTDOWN.toNanos(), "after they were forced");
        }
        manager.shutdown();
        // A shard the manager was building while this began is shut down by the manager itself.
        List<JDA> more = new ArrayList<>(manager.getShards());
        more.removeAll(shards);
        more.forEach(JDA::shutdownNow);
        awaitAll(more, ticker.read() + DiscordAdapter.FORCED_SHUTDOWN.toNanos(), "after a late start");
        if (late.isEmpty()) log.info("Discord: shards {} disconnected", describe());
    }

    /** Waits for each shard until {@code deadline}; returns those still up. Logs them when {@code when} is set. */
    private List<JDA> awaitAll(List<JDA> shards, long deadline, @Nullable String when) {
        List<JDA> late = new ArrayList<>();
        for (JDA j : shards) {
            try {
                long left = deadline - ticker.read();
                // Never awaitShutdown(0): JDA reads a zero timeout as "wait for ever".
                boolean down = j.getStatus() == JDA.Status.SHUTDOWN
                        || (left > 0
                                && j.awaitShutdown(
                                        Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)), TimeUnit.MILLISECONDS));
                if (!down) late.add(j);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                j.shutdownNow();
                late.add(j);
            }
        }
        if (when != null && !late.isEmpty()) {
            log.error(
                    "Discord: shards {} were still shutting down {}",
                    late.stream().map(j -> j.getShardInfo().getShardString()).toList(),
                    when);
        }
        return late;
    }

    /**
     * Sees each shard reach CONNECTED (not READY: JDA fires ReadyEvent before it sets the status, see the
     * single connection) and any shard shutting down while starting.
     */
    static final class Startup implements EventListener {
        private final Lock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private final Set<Integer> connected = new HashSet<>();
        private @Nullable ShutdownEvent shutdown;

        @Override
        public void onEvent(GenericEvent event) {
            lock.lock();
            try {
                if (event instanceof StatusChangeEvent c && c.getNewStatus() == JDA.Status.CONNECTED) {
                    connected.add(c.getJDA().getShardInfo().getShardId());
                    changed.signalAll();
                }
                if (event instanceof ShutdownEvent s && shutdown == null) {
                    shutdown = s;
                    changed.signalAll();
                }
            } finally {
                lock.unlock();
            }
        }

        /**
         * Waits until every one of {@code shards} connected once, or one shut down, or {@code timeout}: true
         * when they connected.
         */
        boolean await(List<Integer> shards, Duration timeout) throws InterruptedException {
            lock.lock();
            try {
                long left = timeout.toNanos();
                while (!connected.containsAll(shards) && shutdown == null) {
                    if (left <= 0) return false;
                    left = changed.awaitNanos(left);
                }
                return shutdown == null;
            } finally {
                lock.unlock();
            }
        }

        /** The first shard that shut down while starting, if any. */
        @Nullable
        ShutdownEvent shutdown() {
            lock.lock();
            try {
                return shutdown;
            } finally {
                lock.unlock();
            }
        }
    }
}
