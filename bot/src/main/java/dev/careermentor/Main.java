package dev.careermentor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.careermentor.app.BuildInfo;
import dev.careermentor.app.Config;
import dev.careermentor.app.ConfigException;
import dev.careermentor.app.MentorApp;
import dev.careermentor.app.PackedKnowledge;
import dev.careermentor.console.ConsoleApp;
import dev.careermentor.console.JLineLines;
import dev.careermentor.console.LineSource;
import dev.careermentor.console.ReaderLines;
import dev.careermentor.console.TerminalLanguage;
import dev.careermentor.console.TerminalLog;
import dev.careermentor.console.TerminalText;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.eval.EvalRun;
import dev.careermentor.core.eval.EvalSet;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Languages;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.knowledge.Problem;
import dev.careermentor.core.knowledge.Translations;
import dev.careermentor.core.knowledge.schema.KnowledgeSchema;
import dev.careermentor.core.moderation.KnowledgeDiff;
import dev.careermentor.store.Database;
import dev.careermentor.store.DatabaseException;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The command line: {@code validate [DIR]}, {@code schema}, or (no arguments) run the bot. With no
 * platform tokens set, running the bot means the terminal. Everything is built by the composition root,
 * {@link Root}, made first thing.
 */
public final class Main {
    /** The terminal's history of commands, in the data folder. */
    static final String HISTORY_FILE = "terminal-history";

    private Main() {}

    public static void main(String[] args) throws IOException {
        Root root = Root.system(); // first: it applies the JDK HTTP settings before any server exists
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, root, out, err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) throws IOException {
        return run(args, Root.system(env), out, err);
    }

    static int run(String[] args, Root root, PrintStream out, PrintStream err) throws IOException {
        return run(args, root, System.in, out, err);
    }

    /** As {@link #run(String[], Map, PrintStream, PrintStream)}, the terminal reading {@code in} as piped input. */
    static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err)
            throws IOException {
        return run(args, Root.system(env), in, out, err);
    }

    static int run(String[] given, Root root, InputStream in, PrintStream out, PrintStream err) throws IOException {
        // --lang zh|en (or --lang=zh) may come anywhere: "--lang zh" alone runs the bot, as "run --lang zh".
        List<String> rest = new java.util.ArrayList<>();
        String langFlag = null;
        for (int i = 0; i < given.length; i++) {
            String a = given[i];
            if (a.equals("--lang") || a.startsWith("--lang=")) {
                if (a.equals("--lang") && i + 1 >= given.length) {
                    err.println("--lang needs a language: --lang zh (中文, Simplified Chinese) or --lang en (English).");
                    return 2;
                }
                langFlag = a.equals("--lang") ? given[++i] : a.substring("--lang=".length());
            } else {
                rest.add(a);
            }
        }
        String[] args = rest.toArray(new String[0]);
        String verb = args.length == 0 ? "run" : args[0];
        TerminalLanguage language;
        try {
            language = TerminalLanguage.of(langFlag, root.env());
        } catch (TerminalLanguage.UnknownLanguage e) {
            err.println(e.getMessage());
            return 2;
        }
        if (langFlag != null && !verb.equals("run")) {
            err.println("--lang sets the language of the terminal: use it with run (java -jar career-mentor.jar --lang "
                    + language.lang().code() + ").");
            return 2;
        }
        switch (verb) {
            case "validate":
                return validate(
                        root, args.length > 1 ? Path.of(args[1]) : root.paths().knowledgeDir(), out);
            case "diff":
                if (args.length != 3) {
                    err.println("Usage: java -jar career-mentor.jar diff OLD_DIR NEW_DIR");
                    return 2;
                }
                return diff(root, Path.of(args[1]), Path.of(args[2]), out);
            case "healthcheck":
                return healthcheck(root.env(), err);
            case "train": {
                KnowledgeLoader.Result r = PackedKnowledge.applies(root.env())
                        ? PackedKnowledge.load(root.loader())
                        : root.loader().load(root.paths().knowledgeDir());
                if (!r.ok()) {
                    r.problems().forEach(err::println);
                    return 1;
                }
                return Training.run(root, r.knowledge());
            }
            case "eval":
                return eval(root, args.length > 1 ? Path.of(args[1]) : null, out, err);
            case "translations":
                return translations(
                        root, args.length > 1 ? Path.of(args[1]) : root.paths().knowledgeDir(), out);
            case "schema":
                out.println(new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(KnowledgeSchema.jsonSchema()));
                return 0;
            case "run":
                return runBot(root, language, in, out, err);
            case "help", "--help", "-h":
                usage(out);
                return 0;
            case "version", "--version", "-V":
                out.println(BuildInfo.current());
                return 0;
            default:
                err.println("Unknown command '" + verb + "'.");
                usage(err);
                return 2;
        }
    }

    private static void usage(PrintStream out) {
        out.println(
                "Usage: java -jar career-mentor.jar [run [--lang zh|en] | validate [DIR] | diff OLD_DIR NEW_DIR | eval [FILE] | translations [DIR] | schema | healthcheck | train | --version | help]");
        out.println("  run (default)          start the bot; with no platform tokens it runs in this terminal");
        out.println(
                "    --lang zh|en         the terminal answers in 中文 or English (default: LC_ALL, LC_MESSAGES, LANG)");
        out.println("  validate [DIR]         check DIR/knowledge.yaml (default: $MENTOR_KNOWLEDGE_DIR or knowledge)");
        out.println("  diff OLD_DIR NEW_DIR   what changes between two knowledge folders (both are validated)");
        out.println("  eval [FILE]            run the evaluation set (default: eval.yaml beside the knowledge)");
        out.println("  translations [DIR]     each entry's Chinese translation: current, out of date or missing,"
                + " and the version of its English");
        out.println("  schema                 print the knowledge file's JSON Schema");
        out.println("  --version              print the version and the git revision it was built from");
        out.println("  healthcheck            exit 0 if the running bot's ops endpoint says it is alive (for Docker)");
        out.println("  train                  a short offline workload that records the class-data archive (AppCDS)");
    }

    /**
     * Runs the evaluation set (default: eval.yaml beside the knowledge) and prints accuracy per category
     * and every miss; exit 1 below the bar or when either file has problems.
     */
    static int eval(Root root, @Nullable Path file, PrintStream out, PrintStream err) {
        Path dir = root.paths().knowledgeDir();
        KnowledgeLoader.Result k = root.loader().load(dir);
        if (!k.ok()) {
            k.problems().forEach(err::println);
            err.println("The knowledge has problems; fix them before running the evaluation.");
            return 1;
        }
        Path evalFile = file != null ? file : dir.resolve(EvalSet.FILE_NAME);
        EvalSet.Result set = EvalSet.load(evalFile, k.knowledge());
        if (!set.ok()) {
            set.problems().forEach(err::println);
            err.println(evalFile + ": " + set.problems().size() + " problem(s); nothing was run.");
            return 1;
        }
        EvalRun.Report report = EvalRun.run(root.app(k.knowledge()).build().mentor(), set.file());
        out.print(EvalRun.misses(report));
        out.println();
        out.print(EvalRun.format(report));
        List<String> below = report.belowBar();
        if (below.isEmpty()) {
            out.println("PASS: every category is at or above the bar.");
            return 0;
        }
        below.forEach(line -> out.println("BELOW THE BAR: " + line));
        return 1;
    }

    static int validate(Root root, Path dir, PrintStream out) {
        KnowledgeLoader.Result result = root.loader().load(dir);
        String file = dir.resolve(KnowledgeLoader.FILE_NAME).toString();
        if (!result.ok()) {
            for (Problem p : result.problems()) out.println(p);
            int n = result.problems().size();
            out.println(file + ": " + n + (n == 1 ? " problem" : " problems") + "; nothing was loaded.");
            return 1;
        }
        out.println(file + ": OK, " + summary(result.knowledge()));
        printTranslation(result.knowledge(), dir, out);
        Path evalFile = dir.resolve(EvalSet.FILE_NAME);
        if (!Files.isRegularFile(evalFile)) return 0;
        // The evaluation set names entries of this knowledge: a renamed or removed one shows here.
        EvalSet.Result set = EvalSet.load(evalFile, result.knowledge());
        if (!set.ok() || !set.problems().isEmpty()) {
            for (Problem p : set.problems()) out.println(p);
            int n = set.problems().size();
            out.println(evalFile + ": " + n + (n == 1 ? " problem" : " problems") + "; fix the cases named above.");
            return 1;
        }
        var cases = set.file().cases();
        long zh = cases.stream()
                .filter(c -> c.lang() == dev.careermentor.core.eval.EvalFile.Lang.ZH)
                .count();
        long honest = cases.stream().filter(c -> c.expect().honest()).count();
        out.println(evalFile + ": OK, " + cases.size() + " questions (" + (cases.size() - zh) + " English, " + zh
                + " Chinese, " + honest + " the sources do not cover)");
        return 0;
    }

    /** One line on the Chinese translation, then each note on it as a warning (they never stop a load). */
    private static void printTranslation(Knowledge k, Path dir, PrintStream out) {
        Path zh = dir.resolve(Translations.FILE_NAME);
        if (!k.translated()) {
            out.println(zh + ": none; Chinese answers show the English, marked " + Translations.MARKER + ".");
            return;
        }
        Map<Translations.Status, Long> counts = new java.util.EnumMap<>(Translations.Status.class);
        k.translationStatus().values().forEach(s -> counts.merge(s, 1L, Long::sum));
        out.println(zh + ": OK, " + counts.getOrDefault(Translations.Status.CURRENT, 0L) + " of "
                + k.translationStatus().size() + " entries translated and current, "
                + counts.getOrDefault(Translations.Status.STALE, 0L) + " out of date, "
                + counts.getOrDefault(Translations.Status.MISSING, 0L) + " missing");
        for (String note : k.translationNotes()) out.println("warning: " + note);
    }

    /** Lists each entry's translation status and the version of its English text; exit 1 if none loads. */
    static int translations(Root root, Path dir, PrintStream out) {
        KnowledgeLoader.Result result = root.loader().load(dir);
        if (!result.ok()) {
            for (Problem p : result.problems()) out.println(p);
            return 1;
        }
        Knowledge k = result.knowledge();
        out.println("entry                          status    English version (write it as translates:)");
        for (var e : k.translationStatus().entrySet()) {
            out.println(String.format(
                    java.util.Locale.ROOT,
                    "%-30s %-9s %s",
                    e.getKey(),
                    e.getValue().name().toLowerCase(java.util.Locale.ROOT),
                    k.englishVersions().get(e.getKey())));
        }
        printTranslation(k, dir, out);
        return 0;
    }

    /** Asks the running bot's /health/live on the ops port; for container health checks. */
    static int healthcheck(Map<String, String> env, PrintStream err) {
        String host = env.getOrDefault("MENTOR_OPS_HOST", "127.0.0.1").strip();
        if (host.isEmpty() || host.equals("0.0.0.0") || host.equals("::")) host = "127.0.0.1";
        String port = env.getOrDefault("MENTOR_OPS_PORT", "9090").strip();
        try {
            var client = java.net.http.HttpClient.newBuilder()
                    .connectTimeout(java.time.Duration.ofSeconds(3))
                    .build();
            var request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://" + host + ":" + port + "/health/live"))
                    .timeout(java.time.Duration.ofSeconds(3))
                    .build();
            int status = client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status == 200) return 0;
            err.println("ops endpoint answered " + status);
            return 1;
        } catch (Exception e) {
            err.println("ops endpoint not reachable on " + host + ":" + port + ": " + e);
            return 1;
        }
    }

    /** Prints what changes from OLD to NEW; exit 0 when both are valid, 1 when either is not. */
    static int diff(Root root, Path oldDir, Path newDir, PrintStream out) {
        KnowledgeLoader loader = root.loader();
        KnowledgeLoader.Result before = loader.load(oldDir);
        KnowledgeLoader.Result after = loader.load(newDir);
        if (!before.ok() || !after.ok()) {
            for (KnowledgeLoader.Result r : List.of(before, after)) {
                for (Problem p : r.problems()) out.println(p);
            }
            out.println("Cannot diff: fix the problems above first.");
            return 1;
        }
        KnowledgeDiff d = KnowledgeDiff.between(
                before.knowledge().data(), after.knowledge().data());
        out.println(before.knowledge().version() + " -> " + after.knowledge().version() + ": " + d.summary());
        d.lines().forEach(out::println);
        return 0;
    }

    static String summary(Knowledge k) {
        var d = k.data();
        return d.sources().size() + " sources, " + d.paths().size() + " paths, "
                + d.specializations().size()
                + " specializations, " + d.backgrounds().size() + " backgrounds, "
                + d.topics().size()
                + " topics, " + d.switching().moves().size()
                + " switches, " + d.quiz().questions().size() + " quiz questions, "
                + k.data().glossary().size() + " glossary terms, " + k.passages()
                + " passages (version " + k.version() + ")";
    }

    /**
     * Serves the configured chat platforms until SIGTERM, which stops them gracefully. Returns only if
     * starting failed.
     */
    private static int serve(Root root, Config config, Knowledge knowledge, Database database, PrintStream err) {
        Bot bot;
        try {
            bot = root.bot(config, knowledge, database);
        } catch (Bot.StartException e) {
            err.println("Career Mentor cannot start: " + e.getMessage());
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "shutdown"));
        try {
            new java.util.concurrent.CountDownLatch(1).await(); // the shutdown hook ends the process
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * True when a person types at a terminal, false for piped input (no prompt, one answer per line).
     * Before JDK 22 the JVM has a console only at a terminal; from 22 on it always has one, and
     * {@code Console.isTerminal()} (looked up here, since the code targets 17) says which.
     */
    static boolean interactive() {
        return Optional.ofNullable(System.console()).map(Main::isTerminal).orElse(false);
    }

    private static boolean isTerminal(Console console) {
        try {
            return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console));
        } catch (ReflectiveOperationException beforeJdk22) {
            return true; // a JDK before 22 has a console only at a terminal
        }
    }

    private static void quietLogs() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx) {
            ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static int runBot(Root root, TerminalLanguage language, InputStream in, PrintStream out, PrintStream err)
            throws IOException {
        Config config;
        try {
            config = root.config();
        } catch (ConfigException e) {
            err.println("Career Mentor cannot start: the configuration has problems.");
            e.problems().forEach(p -> err.println("  " + p));
            return 2;
        }
        List<String> unknown = Config.unknownVariables(root.env());
        if (!unknown.isEmpty()) {
            err.println("Not settings of this bot, ignored: " + String.join(", ", unknown) + ".");
        }
        // In a cold JVM opening the database and reading the knowledge each take a few hundred milliseconds:
        // side by side, on two threads.
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(() -> root.database(config), r -> {
            Thread t = new Thread(r, "database-open");
            t.setDaemon(true);
            t.start();
        });
        boolean packed = PackedKnowledge.applies(root.env());
        KnowledgeLoader.Result loaded =
                packed ? PackedKnowledge.load(root.loader()) : root.loader().load(config.knowledgeDir());
        if (!loaded.ok()) {
            err.println("Career Mentor cannot start: the knowledge is invalid. Fix these and start again:");
            loaded.problems().forEach(p -> err.println("  " + p));
            try {
                opening.join().close(); // a clean close: H2 is opened to be closed by us, not its hook
            } catch (CompletionException alsoFailed) {
                // nothing was opened; the knowledge is what to fix first
            }
            return 2;
        }
        Database database;
        try {
            database = opening.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            err.println("Career Mentor cannot start: "
                    + (cause instanceof DatabaseException ? cause.getMessage() : cause.toString()));
            return 2;
        }
        if (packed) {
            err.println("Using the knowledge packed in the jar (version "
                    + loaded.knowledge().version() + "); set MENTOR_KNOWLEDGE_DIR to use a folder.");
        }
        if (!config.terminalOnly()) {
            if (language.flag()) {
                err.println("--lang sets the terminal's language; on Slack and Discord each person chooses with "
                        + "/mentor lang, and Discord follows their app's language.");
            }
            // The packed copy has no folder to watch; a reload says the folder is missing and how to set it.
            Config serving = packed ? withoutWatching(config) : config;
            return serve(root, serving, loaded.knowledge(), database, err);
        }
        // The terminal is the user interface: log lines go to a file, not over the prompt.
        try (TerminalLog log = TerminalLog.open(config.dataDir())) {
            if (!log.active() && root.env().get("MENTOR_LOG_LEVEL") == null) quietLogs();
            return terminal(root, config, loaded.knowledge(), database, packed, language, log, in, out, err);
        }
    }

    /**
     * Says once, on the error stream beside the packed-knowledge note, which language the terminal answers
     * in and why, when anything chose it. {@code --lang} wins over a choice saved with {@code lang} earlier
     * (that choice is forgotten); the environment does not.
     */
    private static void sayLanguage(Languages languages, User user, TerminalLanguage language, PrintStream err) {
        if (language.flag()) {
            try {
                languages.forget(user);
            } catch (IOException e) {
                err.println("Cannot forget the language chosen earlier (" + e.getMessage() + ").");
            }
        }
        Optional<Lang> saved = languages.chosen(user);
        if (saved.isPresent()) {
            Lang other = saved.get() == Lang.ZH ? Lang.EN : Lang.ZH;
            err.println("Answering in " + TerminalLanguage.name(saved.get()) + " (your choice, saved with lang "
                    + saved.get().code() + "; type lang " + other.code() + " or start with --lang "
                    + other.code() + " to change it).");
        } else if (!language.setBy().isEmpty()) {
            err.println(
                    "Answering in " + TerminalLanguage.name(language.lang()) + " (set by " + language.setBy() + ").");
        }
        language.notes().forEach(err::println);
    }

    /** Why the bot has nothing to do: no platform token, no terminal, and any variable that looks misspelled. */
    static String noPlatform(Map<String, String> env) {
        return "Career Mentor has nothing to serve: no chat platform is configured and there is no terminal to"
                + " talk in (stdin is closed or empty).\n"
                + "  For Slack set SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP),"
                + " or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_SIGNING_SECRET to serve many workspaces;"
                + " for Discord set DISCORD_TOKEN (or their _FILE forms). To use the terminal in a container,"
                + " run it with -it.";
    }

    private static Config withoutWatching(Config c) {
        return new Config(
                c.knowledgeDir(),
                c.sessions(),
                c.dataDir(),
                c.auditLog(),
                false,
                c.cooldowns(),
                c.opsHost(),
                c.opsPort(),
                c.slack(),
                c.discord(),
                c.http(),
                c.database());
    }

    private static int terminal(
            Root root,
            Config config,
            Knowledge knowledge,
            Database database,
            boolean packed,
            TerminalLanguage language,
            TerminalLog log,
            InputStream in,
            PrintStream out,
            PrintStream err)
            throws IOException {
        MentorApp app;
        try {
            app = packed
                    ? root.app(knowledge)
                            .sessions(config.sessions())
                            .language(language.lang())
                            .dataFolder(config.dataDir())
                            .opened(database)
                            .build()
                    : root.app(config, knowledge)
                            .language(language.lang())
                            .opened(database)
                            .build();
        } catch (DatabaseException e) {
            err.println("Career Mentor cannot start: " + e.getMessage());
            return 2;
        }
        if (!packed) {
            try {
                app.moderation().reloader().recordStartup();
            } catch (IOException auditFailed) {
                err.println("Career Mentor cannot start: " + auditFailed.getMessage() + ".");
                app.close();
                return 2;
            }
        }
        String moderationOff = packed
                ? "Reload, watching for edits and the other moderator commands are off: this runs on the "
                        + "knowledge packed in the jar. Set MENTOR_KNOWLEDGE_DIR to a knowledge folder to use them."
                : null;
        Path logFile = log.active() ? log.file() : null;
        User user = new User(Surface.CONSOLE, "local", System.getProperty("user.name", "you"));
        sayLanguage(app.mentor().languages(), user, language, err);
        boolean interactive = in == System.in && interactive();
        ConsoleApp console;
        if (interactive) {
            Terminal terminal = TerminalBuilder.builder()
                    .system(true)
                    .encoding(StandardCharsets.UTF_8)
                    .build();
            PrintStream screen = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
            console = new ConsoleApp(
                    app.mentor(),
                    new JLineLines(terminal, config.dataDir().resolve(HISTORY_FILE), LineSource.MAX_LINE),
                    screen,
                    true,
                    user,
                    new ConsoleApp.Settings(
                            () -> terminal.getWidth() > 0 ? terminal.getWidth() : TerminalText.DEFAULT_WIDTH,
                            logFile,
                            moderationOff));
        } else {
            // No terminal and nothing piped in (a container started without -it, a service with stdin
            // closed): answering nothing and exiting 0 would restart forever in silence. Say what is missing.
            java.io.PushbackInputStream piped = new java.io.PushbackInputStream(in, 1);
            int first = piped.read();
            if (first < 0) {
                app.close();
                err.println(noPlatform(root.env()));
                // As a container's main process (PID 1: started without -it) this is a failed start, so a
                // restart policy sees it; run by hand or from a script with nothing piped in, it is not.
                return ProcessHandle.current().pid() == 1 ? 2 : 0;
            }
            piped.unread(first);
            int width = ConsoleApp.Settings.pipedWidth(root.env().get("COLUMNS"));
            console = new ConsoleApp(
                    app.mentor(),
                    new ReaderLines(new InputStreamReader(piped, StandardCharsets.UTF_8), null, LineSource.MAX_LINE),
                    out,
                    false,
                    user,
                    new ConsoleApp.Settings(() -> width, logFile, moderationOff));
        }
        try (app) {
            return console.run();
        }
    }
}
