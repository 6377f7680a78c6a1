package dev.careermentor.app;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.careermentor.core.Mentor;
import dev.careermentor.core.User;
import dev.careermentor.core.admin.AdminCommands;
import dev.careermentor.core.command.Commands;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Languages;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.knowledge.LiveKnowledge;
import dev.careermentor.core.knowledge.TimedReads;
import dev.careermentor.core.metrics.Telemetry;
import dev.careermentor.core.moderation.Actor;
import dev.careermentor.core.moderation.KnowledgeFolder;
import dev.careermentor.core.moderation.KnowledgeWatcher;
import dev.careermentor.core.moderation.Moderation;
import dev.careermentor.core.moderation.ReloadOutcome;
import dev.careermentor.core.moderation.Reloader;
import dev.careermentor.core.quiz.QuizFlow;
import dev.careermentor.core.session.Cooldowns;
import dev.careermentor.core.session.QuizSession;
import dev.careermentor.core.session.SessionStore;
import dev.careermentor.core.stats.UsageRecorder;
import dev.careermentor.core.stats.UsageStats;
import dev.careermentor.core.understand.Understanding;
import dev.careermentor.store.Database;
import dev.careermentor.store.Store;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the core together: the pieces every surface shares in one process. It reads no time of its own:
 * the ticker (session expiry, cooldowns, duplicate keys, answer latency) and the clock (audit, staleness,
 * daily stats) come from whoever builds it, in the running bot the composition root ({@code Root}).
 */
public final class MentorApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MentorApp.class);
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /** How often usage counts are added to the database, and aged-out keys and buckets dropped. */
    static final Duration STATS_FLUSH = Duration.ofMinutes(1);
    /** How long an "Outdated?" report from one user about one entry is remembered: one report a day. */
    static final Duration REPORT_WINDOW = Duration.ofDays(1);

    private final LiveKnowledge knowledge;
    private final SessionStore sessions;
    private final Telemetry telemetry;
    private final Mentor mentor;
    private final @Nullable Moderation moderation;
    private final @Nullable UsageStats stats;
    private final Store store;
    private final boolean ownStore;
    private final @Nullable KnowledgeWatcher watcher;
    private final @Nullable ScheduledExecutorService background;
    private final @Nullable ScheduledFuture<?> flushing;

    /** A process without moderation (no knowledge folder or data folder to manage): tests and tools. */
    public MentorApp(Knowledge initial, SessionStore.Settings settings, Ticker ticker) {
        this(builder(initial).sessions(settings), ticker);
    }

    private MentorApp(Builder b, Ticker ticker) {
        this.knowledge = new LiveKnowledge(b.initial);
        // Reading the knowledge for free text takes a few hundred ms in a cold JVM: do it beside the start.
        Thread warm = new Thread(() -> Understanding.of(b.initial), "understanding-warmup");
        warm.setDaemon(true);
        warm.start();
        this.telemetry = new Telemetry(b.registry);
        telemetry.knowledgeLoaded(b.initial);
        telemetry.bindKnowledge(knowledge);
        telemetry.buildInfo(BuildInfo.current().version(), BuildInfo.current().revision());
        this.sessions = new SessionStore(b.sessions, ticker, Runnable::run, this::evicted);
        telemetry.gauge("mentor.sessions.active", "Quiz sessions held in memory", sessions, SessionStore::size);
        Path knowledgeDir = b.knowledgeDir;
        Path dataDir = b.dataDir != null ? b.dataDir : b.dataFolder;
        Clock clock = b.clock;
        Store given = b.store;
        if (given != null) {
            this.store = given;
            this.ownStore = false;
        } else {
            // The embedded default: one process, a database file in its data folder, no set-up.
            DatabaseSettings shared = b.database;
            Database opened = b.opened;
            Database db = opened != null
                    ? opened
                    : shared != null
                            ? Database.postgres(shared.url(), shared.user(), shared.password(), shared.poolSize())
                            : dataDir != null ? Database.embedded(dataDir) : Database.memory();
            this.store = Store.open(db, clock != null ? clock : following(ticker));
            this.ownStore = true;
        }
        if (dataDir != null) {
            Path auditFile = b.auditLog != null ? b.auditLog : dataDir.resolve("audit.jsonl");
            store.importFiles(dataDir, auditFile).forEach(log::info);
        }
        UsageStats stats = knowledgeDir != null && b.dataDir != null && clock != null
                ? new UsageStats(store.usage(), clock)
                : null;
        this.stats = stats;
        UsageRecorder usage = stats == null ? UsageRecorder.NONE : stats;
        QuizFlow quiz = new QuizFlow(sessions, quizIds(), new QuizFlow.Listener() {
            @Override
            public void started(User user) {
                telemetry.quizStarted(user.surface());
            }

            @Override
            public void completed(User user, String specializationId) {
                telemetry.quizCompleted(user.surface(), specializationId);
                usage.quizCompleted(specializationId);
            }

            @Override
            public void cancelled(User user) {
                telemetry.quizAbandoned("cancelled");
            }
        });
        Moderation moderation = null;
        Path moderatedData = b.dataDir;
        if (knowledgeDir != null && moderatedData != null && stats != null && clock != null) {
            Reloader reloader = new Reloader(
                    knowledgeDir,
                    b.loader != null ? b.loader : new KnowledgeLoader(clock),
                    knowledge,
                    store.audit(),
                    clock,
                    this::reloaded);
            moderation = new Moderation(
                    reloader,
                    store.reports(),
                    clock,
                    store.keys().recent("report", REPORT_WINDOW),
                    stats,
                    moderatedData.resolve("exports"));
        }
        this.moderation = moderation;
        this.mentor = new Mentor(
                knowledge,
                Commands.all(),
                quiz,
                store.keys(),
                new Mentor.Options(
                        Optional.ofNullable(moderation),
                        moderation == null ? List.of() : AdminCommands.all(),
                        telemetry,
                        b.cooldowns == null ? Cooldowns.unlimited() : store.cooldowns(b.cooldowns),
                        usage,
                        ticker,
                        new Languages(b.language, store.languages())));
        this.watcher = b.watch && moderation != null && knowledgeDir != null
                ? watch(knowledgeDir, b.watchQuiet, moderation)
                : null;
        ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "stats-flush");
            t.setDaemon(true);
            return t;
        });
        long every = STATS_FLUSH.toSeconds();
        Store st = store;
        this.flushing = background.scheduleAtFixedRate(
                () -> {
                    if (stats != null) flushStats(stats);
                    st.housekeeping();
                },
                every,
                every,
                TimeUnit.SECONDS);
        this.background = background;
    }

    private void evicted(QuizSession s, String cause) {
        telemetry.sessionEvicted(cause);
        if (s.answers().length() < knowledge.get().quiz().questions().size()) telemetry.quizAbandoned(cause);
    }

    /**
     * Why the knowledge folder cannot be read, with since when; null while it can (or when this process
     * manages no folder). The bot keeps serving the last good version meanwhile.
     */
    public @Nullable String knowledgeFolderProblem() {
        if (moderation == null) return null;
        KnowledgeFolder folder = moderation.reloader().folder();
        return folder.sighting().readable() ? null : folder.describe();
    }

    private void reloaded(ReloadOutcome o) {
        telemetry.reload(o.result().name().toLowerCase(Locale.ROOT));
        if (o.result() == ReloadOutcome.Result.OK) telemetry.knowledgeLoaded(knowledge.get());
    }

    private static void flushStats(UsageStats stats) {
        try {
            stats.flush();
        } catch (IOException | RuntimeException e) {
            log.error("cannot add usage counts to {}: {}", stats.where(), e.toString());
        }
    }

    private static KnowledgeWatcher watch(Path dir, Duration quiet, Moderation moderation) {
        Reloader reloader = moderation.reloader();
        try {
            return new KnowledgeWatcher(
                    dir,
                    quiet,
                    KnowledgeWatcher.DEFAULT_LOOK_EVERY,
                    reloader.folder(),
                    new TimedReads(TimedReads.DEFAULT_LIMIT, "knowledge-look"),
                    () -> reloader.reload(Actor.WATCHER, Reloader.Trigger.WATCH).result() != ReloadOutcome.Result.BUSY);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot watch the knowledge folder " + dir + " (" + e.getMessage()
                            + "): set MENTOR_WATCH_KNOWLEDGE=false to run without live reload",
                    e);
        }
    }

    public static Builder builder(Knowledge initial) {
        return new Builder(initial);
    }

    public Mentor mentor() {
        return mentor;
    }

    public LiveKnowledge knowledge() {
        return knowledge;
    }

    public SessionStore sessions() {
        return sessions;
    }

    public Telemetry telemetry() {
        return telemetry;
    }

    /** Reloads, audit and reports; only in a process built with {@link Builder#moderation}. */
    public Moderation moderation() {
        if (moderation == null) throw new IllegalStateException("this process manages no knowledge folder");
        return moderation;
    }

    /** Usage aggregates; empty when this process manages no data folder. */
    public Optional<UsageStats> stats() {
        return Optional.ofNullable(stats);
    }

    /** The shared state: the database every copy of the bot uses. */
    public Store store() {
        return store;
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) watcher.close();
        if (flushing != null) flushing.cancel(false);
        if (background != null) background.shutdownNow();
        if (stats != null) flushStats(stats);
        if (ownStore) store.close();
    }

    /** A wall clock that moves with {@code ticker}, from the epoch: for an app given only a ticker. */
    private static Clock following(Ticker ticker) {
        long start = ticker.read();
        return new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return java.time.Instant.EPOCH.plusNanos(ticker.read() - start);
            }
        };
    }

    /**
     * Random 6-character quiz instance ids: unique enough to tell one person's quizzes apart. They guard
     * nothing (a quiz's owner is checked separately), so a fast non-cryptographic source will do.
     */
    static Supplier<String> quizIds() {
        return () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            char[] id = new char[6];
            for (int i = 0; i < id.length; i++) id[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            return new String(id);
        };
    }

    /**
     * Options for a {@link MentorApp}. Besides the initial knowledge it needs time: a {@link Ticker}, and a
     * {@link Clock} when it manages a knowledge folder; with only a clock, the ticker follows the clock
     * (so a fixed clock stands time still). {@code Root.app(...)} gives a builder with the process's time.
     */
    public static final class Builder {
        private final Knowledge initial;
        private SessionStore.Settings sessions = SessionStore.Settings.DEFAULT;
        private @Nullable Ticker ticker;
        private @Nullable Clock clock;
        private @Nullable Path knowledgeDir;
        private @Nullable Path dataDir;
        private @Nullable Path auditLog;
        private boolean watch;
        private Duration watchQuiet = KnowledgeWatcher.DEFAULT_QUIET;
        private MeterRegistry registry = new CompositeMeterRegistry();
        private Cooldowns.@Nullable Settings cooldowns;
        private @Nullable KnowledgeLoader loader;
        private Lang language = Lang.EN;
        private @Nullable Path dataFolder;
        private @Nullable Store store;
        private @Nullable DatabaseSettings database;
        private @Nullable Database opened;

        private Builder(Knowledge initial) {
            this.initial = initial;
        }

        public Builder sessions(SessionStore.Settings s) {
            this.sessions = s;
            return this;
        }

        /** The time source for session expiry and cooldowns. */
        public Builder ticker(Ticker t) {
            this.ticker = t;
            return this;
        }

        /** The calendar time for audit entries, staleness and daily stats. */
        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        /** Enables moderation: reloads from {@code knowledgeDir}; audit, reports and stats under {@code dataDir}. */
        public Builder moderation(Path knowledgeDir, Path dataDir, @Nullable Path auditLog) {
            this.knowledgeDir = knowledgeDir;
            this.dataDir = dataDir;
            this.auditLog = auditLog;
            return this;
        }

        /** How reloads read the knowledge folder; by default a loader on the clock with the default read limit. */
        public Builder loader(KnowledgeLoader loader) {
            this.loader = loader;
            return this;
        }

        /** Reload automatically when the knowledge folder changes, after {@code quiet} without changes. */
        public Builder watch(boolean watch, Duration quiet) {
            this.watch = watch;
            this.watchQuiet = quiet;
            return this;
        }

        /** Where metrics go; by default nowhere. */
        public Builder metrics(MeterRegistry registry) {
            this.registry = registry;
            return this;
        }

        /** Per-user budgets for chat users; by default none. */
        public Builder cooldowns(Cooldowns.Settings settings) {
            this.cooldowns = settings;
            return this;
        }

        /**
         * The language of answers for people who chose none and whose platform gives no hint (the
         * terminal's {@code --lang} or {@code LANG}); English by default.
         */
        public Builder language(Lang lang) {
            this.language = lang;
            return this;
        }

        /**
         * The data folder for the embedded database (language choices and the like) when this app manages
         * no knowledge folder; {@link #moderation} gives one too. Without either, state is in memory.
         */
        public Builder dataFolder(Path dir) {
            this.dataFolder = dir;
            return this;
        }

        /** Keep state in this database, opened already (the app closes it); wins over {@link #database}. */
        public Builder opened(Database db) {
            this.opened = db;
            return this;
        }

        /** Keep state in this PostgreSQL database, shared with every copy that names it; null: embedded. */
        public Builder database(@Nullable DatabaseSettings settings) {
            this.database = settings;
            return this;
        }

        /**
         * The shared state to use (a store a test shares between apps, say); the app does not close it. By
         * default the app opens the embedded database in its data folder, or one in memory without one.
         */
        public Builder store(Store store) {
            this.store = store;
            return this;
        }

        public MentorApp build() {
            if (clock == null && knowledgeDir != null) {
                throw new IllegalStateException("a MentorApp that manages a knowledge folder needs a clock");
            }
            Ticker t = ticker;
            if (t == null) {
                Clock c = clock;
                if (c == null) throw new IllegalStateException("a MentorApp needs a ticker or a clock");
                t = () -> TimeUnit.MILLISECONDS.toNanos(c.millis());
            }
            return new MentorApp(this, t);
        }
    }
}
