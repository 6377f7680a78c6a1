package dev.careermentor;

import dev.careermentor.adapter.PlatformAdapter;
import dev.careermentor.app.BuildInfo;
import dev.careermentor.app.Config;
import dev.careermentor.app.MentorApp;
import dev.careermentor.app.Metrics;
import dev.careermentor.app.OpsServer;
import dev.careermentor.app.SlackSettings;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.store.Database;
import dev.careermentor.store.DatabaseException;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot serving chat platforms: the core, every configured adapter, and the ops endpoint. Started
 * whole or not at all; {@link #close()} is the graceful shutdown SIGTERM triggers.
 */
public final class Bot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Bot.class);
    /** How long in-flight requests get to finish on shutdown. */
    public static final Duration GRACE = Duration.ofSeconds(10);

    private final MentorApp app;
    private final List<PlatformAdapter> adapters;
    private final OpsServer ops;
    private final JvmGcMetrics gc;

    private Bot(MentorApp app, List<PlatformAdapter> adapters, OpsServer ops, JvmGcMetrics gc) {
        this.app = app;
        this.adapters = adapters;
        this.ops = ops;
        this.gc = gc;
    }

    /**
     * Builds and starts everything, wired by {@code root}: the ops endpoint first (so liveness answers
     * while platforms connect), then each platform. Any failure stops what was started and says why.
     */
    static Bot start(Root root, Config config, Knowledge knowledge, @Nullable Database database) throws StartException {
        PrometheusMeterRegistry registry = Metrics.registry();
        JvmGcMetrics gc = Metrics.bindJvm(registry);
        MentorApp app;
        try {
            MentorApp.Builder b = root.app(config, knowledge).metrics(registry).cooldowns(config.cooldowns());
            if (database != null) b.opened(database);
            app = b.build();
        } catch (DatabaseException e) {
            gc.close();
            throw new StartException(String.valueOf(e.getMessage()), e);
        }
        log.info("state is kept in {}", app.store().database().describe());
        List<PlatformAdapter> adapters = new ArrayList<>();
        SlackSettings slack = config.slack();
        if (slack != null && slack.manyWorkspaces()) {
            // Installations live in the bot's database: the shared PostgreSQL, so every copy answers every
            // workspace, or the embedded file for one process. The app closes it after the adapters stop.
            adapters.add(root.slack(slack, app.mentor(), app.store().database().dataSource()));
        } else if (slack != null) {
            adapters.add(root.slack(slack, app.mentor()));
        }
        if (config.discord() != null) adapters.add(root.discord(config.discord(), app.mentor()));
        OpsServer ops;
        try {
            ops = new OpsServer(
                    config.opsHost(),
                    config.opsPort(),
                    config.http(),
                    root.ticker(),
                    registry,
                    () -> app.knowledge().get() != null,
                    app::knowledgeFolderProblem,
                    () -> app.store().database().reachable()
                            ? null
                            : app.store().database().describe() + " does not answer",
                    adapters);
        } catch (IOException e) {
            closeQuietly(app, gc);
            throw new StartException(
                    "the ops endpoint could not listen on " + config.opsHost() + ":" + config.opsPort() + " ("
                            + e.getMessage() + "): set MENTOR_OPS_PORT or MENTOR_OPS_HOST.",
                    e);
        }
        Bot bot = new Bot(app, adapters, ops, gc);
        try {
            app.moderation().reloader().recordStartup();
        } catch (IOException auditFailed) {
            bot.close();
            throw new StartException(auditFailed.getMessage() + ".", auditFailed);
        }
        ops.start();
        // Platforms connect in parallel: a start is mostly waiting on the network and on class loading.
        List<java.util.concurrent.CompletableFuture<Void>> starts = new ArrayList<>();
        for (PlatformAdapter a : adapters) {
            starts.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    a.start();
                    log.info("{} connected", a.name());
                } catch (Exception e) {
                    throw new java.util.concurrent.CompletionException(
                            new StartException(a.name() + " could not start: " + e.getMessage(), e));
                }
            }));
        }
        for (var start : starts) {
            try {
                start.join();
            } catch (java.util.concurrent.CompletionException e) {
                bot.close();
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw cause instanceof StartException se
                        ? se
                        : new StartException("a platform could not start: " + cause, cause);
            }
        }
        log.info(
                "Career Mentor {} ready: {} (ops on {}:{})",
                BuildInfo.current().version() + " (revision "
                        + BuildInfo.current().revision() + ")",
                adapters.stream().map(PlatformAdapter::name).toList(),
                config.opsHost(),
                ops.port());
        return bot;
    }

    public MentorApp app() {
        return app;
    }

    public OpsServer ops() {
        return ops;
    }

    public List<PlatformAdapter> adapters() {
        return adapters;
    }

    /** Stops taking requests, lets those in flight finish within {@link #GRACE}, then stops everything. */
    @Override
    public void close() {
        for (PlatformAdapter a : adapters) {
            try {
                a.stop(GRACE);
            } catch (RuntimeException e) {
                log.warn("{} did not stop cleanly: {}", a.name(), e.toString());
            }
        }
        ops.close();
        closeQuietly(app, gc);
    }

    private static void closeQuietly(MentorApp app, JvmGcMetrics gc) {
        try {
            app.close();
        } catch (IOException | RuntimeException e) {
            log.warn("closing the core failed: {}", e.toString());
        }
        gc.close();
    }

    /** The bot could not start; the message says what to fix. */
    public static final class StartException extends Exception {
        public StartException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
