package dev.careermentor;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.careermentor.adapter.PlatformAdapter;
import dev.careermentor.app.BuildInfo;
import dev.careermentor.app.Config;
import dev.careermentor.app.MentorApp;
import dev.careermentor.app.Metrics;
import dev.careermentor.app.OpsServer;
import dev.careermentor.app.SlackSettings;
import dev.careermentor.core.io.DataFiles;
import dev.careermentor.core.knowledge.Knowledge;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
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
    private final @Nullable HikariDataSource database;

    private Bot(
            MentorApp app,
            List<PlatformAdapter> adapters,
            OpsServer ops,
            JvmGcMetrics gc,
            @Nullable HikariDataSource database) {
        this.app = app;
        this.adapters = adapters;
        this.ops = ops;
        this.gc = gc;
        this.database = database;
    }

    /**
     * Builds and starts everything, wired by {@code root}: the ops endpoint first (so liveness answers
     * while platforms connect), then each platform. Any failure stops what was started and says why.
     */
    static Bot start(Root root, Config config, Knowledge knowledge) throws StartException {
        PrometheusMeterRegistry registry = Metrics.registry();
        JvmGcMetrics gc = Metrics.bindJvm(registry);
        MentorApp app = root.app(config, knowledge)
                .metrics(registry)
                .cooldowns(config.cooldowns())
                .build();
        List<PlatformAdapter> adapters = new ArrayList<>();
        SlackSettings slack = config.slack();
        HikariDataSource database = null;
        if (slack != null && slack.manyWorkspaces()) {
            try {
                database = slackInstallationsDatabase(config);
            } catch (RuntimeException e) {
                closeQuietly(app, gc, null);
                throw new StartException(
                        "the database of Slack installations could not be opened (" + e.getMessage() + "). Check that "
                                + "the data folder " + config.dataDir()
                                + " is writable and that no other Career Mentor "
                                + "process uses it.",
                        e);
            }
            adapters.add(root.slack(slack, app.mentor(), database));
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
                    adapters);
        } catch (IOException e) {
            closeQuietly(app, gc, database);
            throw new StartException(
                    "the ops endpoint could not listen on " + config.opsHost() + ":" + config.opsPort() + " ("
                            + e.getMessage() + "): set MENTOR_OPS_PORT or MENTOR_OPS_HOST.",
                    e);
        }
        Bot bot = new Bot(app, adapters, ops, gc, database);
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
        closeQuietly(app, gc, database);
    }

    private static void closeQuietly(MentorApp app, JvmGcMetrics gc, @Nullable HikariDataSource database) {
        try {
            app.close();
        } catch (IOException | RuntimeException e) {
            log.warn("closing the core failed: {}", e.toString());
        }
        gc.close();
        if (database != null) database.close();
    }

    /**
     * The database Slack installations and install states are kept in when serving many workspaces, migrated
     * by Flyway (db/migration). Here it is an H2 file of its own in the data folder ({@code mentor.mv.db}, in
     * PostgreSQL mode), pooled by HikariCP: one process only. This is the one method to replace with the shared
     * store's DataSource (package dev.careermentor.store) when that is wired in, so that every replica reads the
     * same installations from PostgreSQL.
     */
    static HikariDataSource slackInstallationsDatabase(Config config) {
        Path file = config.dataDir().toAbsolutePath().resolve("mentor");
        try {
            // The file holds every workspace's bot token: in a 0700 folder, as the bot's other data files.
            DataFiles.createFolder(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("slack-installations");
        // DB_CLOSE_ON_EXIT=FALSE: H2's own shutdown hook would close the file while the bot's hook still drains
        // requests (an uninstall arriving then must still be saved); closing the pool closes it instead.
        pool.setJdbcUrl("jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE");
        pool.setMaximumPoolSize(4);
        // A request waits at most this long for a connection: well inside Slack's three seconds.
        pool.setConnectionTimeout(2_000);
        HikariDataSource database = new HikariDataSource(pool);
        try {
            Flyway.configure().dataSource(database).load().migrate();
            Path mv = config.dataDir().toAbsolutePath().resolve("mentor.mv.db");
            if (Files.getFileStore(mv).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(mv, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            database.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** The bot could not start; the message says what to fix. */
    public static final class StartException extends Exception {
        public StartException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
