package dev.careermentor;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.careermentor.app.Config;
import dev.careermentor.app.DatabaseSettings;
import dev.careermentor.app.DiscordSettings;
import dev.careermentor.app.JdkHttp;
import dev.careermentor.app.MentorApp;
import dev.careermentor.app.Paths;
import dev.careermentor.app.SlackSettings;
import dev.careermentor.core.Mentor;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.moderation.KnowledgeWatcher;
import dev.careermentor.discord.DiscordAdapter;
import dev.careermentor.slack.SlackAdapter;
import dev.careermentor.store.Database;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import javax.sql.DataSource;

/**
 * The composition root: the one place that builds the process, for every way it runs (the bot, the
 * terminal, {@code train}, the command line verbs, the benchmarks and the tests).
 *
 * <ul>
 *   <li>It owns time: the wall clock (UTC) and Caffeine's ticker. {@link #system} is the only code that
 *       reads the system's clock or ticker; everything else is handed this root's.
 *   <li>It applies the JDK HTTP server settings ({@link JdkHttp}) before anything can create a server:
 *       the JDK reads them once, when the first server of the process is made.
 *   <li>It knows the default paths ({@link Paths}): the knowledge folder, the data folder, the audit log.
 *   <li>It wires the core ({@link MentorApp}), the platform adapters and the serving bot ({@link Bot}).
 * </ul>
 */
public final class Root {
    private final Clock clock;
    private final Ticker ticker;
    private final Map<String, String> env;

    private Root(Clock clock, Ticker ticker, Map<String, String> env) {
        JdkHttp.configure(); // first thing: no server may exist before the settings
        this.clock = clock;
        this.ticker = ticker;
        this.env = Map.copyOf(env);
    }

    /** The process as it runs: the UTC wall clock, Caffeine's system ticker, settings from {@code env}. */
    public static Root system(Map<String, String> env) {
        return new Root(Clock.systemUTC(), Ticker.systemTicker(), env);
    }

    /** {@link #system(Map)} with the process's environment variables. */
    public static Root system() {
        return system(System.getenv());
    }

    /** The same wiring on other time: a fixed or offset clock, a ticker a test moves by hand. */
    public static Root withTime(Clock clock, Ticker ticker, Map<String, String> env) {
        return new Root(clock, ticker, env);
    }

    public Clock clock() {
        return clock;
    }

    public Ticker ticker() {
        return ticker;
    }

    /** The environment this root reads its settings from. */
    public Map<String, String> env() {
        return env;
    }

    /** The default paths, as the environment sets them. */
    public Paths paths() {
        return Paths.from(env);
    }

    /** Everything the bot reads from its environment; throws naming every malformed variable. */
    public Config config() {
        return Config.from(env);
    }

    /** Loads and validates knowledge files; "stale" and "future" dates are judged on this root's clock. */
    public KnowledgeLoader loader() {
        return new KnowledgeLoader(clock);
    }

    /** The core on this root's time, otherwise bare: tests and tools add what they need. */
    public MentorApp.Builder app(Knowledge knowledge) {
        return MentorApp.builder(knowledge).clock(clock).ticker(ticker);
    }

    /**
     * The core as a process serving {@code config} builds it: session limits, moderation of the configured
     * knowledge folder with the audit log and data folder, live reload if wanted. Metrics and cooldowns
     * are for the serving bot to add.
     */
    public MentorApp.Builder app(Config config, Knowledge knowledge) {
        return app(knowledge)
                .sessions(config.sessions())
                .moderation(config.knowledgeDir(), config.dataDir(), config.auditLog())
                .database(config.database())
                .watch(config.watchKnowledge(), KnowledgeWatcher.DEFAULT_QUIET);
    }

    public SlackAdapter slack(SlackSettings settings, Mentor mentor) {
        return new SlackAdapter(settings, mentor, clock, ticker);
    }

    /** @param responder posts click answers to response_url; one thread keeps them in click order */
    public SlackAdapter slack(SlackSettings settings, Mentor mentor, ExecutorService responder) {
        return new SlackAdapter(settings, mentor, clock, ticker, responder);
    }

    /**
     * Slack serving every workspace that installs the app ({@link SlackSettings#manyWorkspaces()}): their
     * installations and install states are kept in {@code database}, migrated with Flyway; install states
     * expire on this root's clock.
     */
    public SlackAdapter slack(SlackSettings settings, Mentor mentor, DataSource database) {
        return new SlackAdapter(settings, mentor, clock, ticker, SlackAdapter.responderPool(), database);
    }

    /** As {@link #slack(SlackSettings, Mentor, DataSource)}, posting click answers from {@code responder}. */
    public SlackAdapter slack(SlackSettings settings, Mentor mentor, ExecutorService responder, DataSource database) {
        return new SlackAdapter(settings, mentor, clock, ticker, responder, database);
    }

    public DiscordAdapter discord(DiscordSettings settings, Mentor mentor) {
        return new DiscordAdapter(settings, mentor, ticker);
    }

    public DiscordAdapter discord(DiscordSettings settings, Mentor mentor, DiscordAdapter.Timing timing) {
        return new DiscordAdapter(settings, mentor, ticker, timing);
    }

    /** Builds and starts the bot serving {@code config}'s platforms; see {@link Bot#start}. */
    public Bot bot(Config config, Knowledge knowledge) throws Bot.StartException {
        return Bot.start(this, config, knowledge, null);
    }

    /** As {@link #bot(Config, Knowledge)}, on a database already opened with {@link #database(Config)}. */
    public Bot bot(Config config, Knowledge knowledge, Database database) throws Bot.StartException {
        return Bot.start(this, config, knowledge, database);
    }

    /**
     * Opens (and migrates) the database {@code config} names: the shared PostgreSQL, else the embedded
     * file in the data folder. The process's entry point opens it beside loading the knowledge, since in a
     * cold JVM both take a few hundred milliseconds.
     */
    public Database database(Config config) {
        DatabaseSettings shared = config.database();
        return shared != null
                ? Database.postgres(shared.url(), shared.user(), shared.password(), shared.poolSize())
                : Database.embedded(config.dataDir());
    }
}
