package dev.careermentor.discord;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.Root;
import dev.careermentor.app.DiscordSettings;
import dev.careermentor.app.MentorApp;
import dev.careermentor.bench.BenchApp;
import dev.careermentor.core.session.Cooldowns;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeDiscord;
import dev.careermentor.discord.fake.FakeUser;
import dev.careermentor.discord.fake.Interaction;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * Discord latency under a steady load: INTERACTION_CREATE sent by the fake gateway to the interaction
 * callback received by the fake REST API, through the real JDA client and {@link DiscordAdapter} on the
 * bot as production wires it (metrics, cooldowns, moderation, the repository's knowledge). Loopback
 * only; bounded in count and time.
 *
 * <p>Interactions go out at a fixed rate (open loop: a late send is not skipped, so a stall shows as
 * latency rather than hiding it) in a realistic mix from many distinct users: slash commands (help,
 * salary, specialization, compare, switch, ask, paths, quiz), autocomplete while typing a name, and
 * quiz answers by button, each quiz advanced by its owner one click at a time. The first interactions
 * warm up the JVM and are not counted.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.careermentor.discord.DiscordLoad [interactions] [rate_per_s] [seconds]</pre>
 *
 * Run from the repository root (or pass -Dmentor.knowledge=DIR). Defaults: 5000 interactions at 200/s,
 * at most 120 s in all (warm-up included), after a warm-up of at least 1000 interactions and 10 s
 * (-Dwarmup=N, -Dwarmup.seconds=S). -Dcsv=FILE writes every interaction's timings.
 */
public final class DiscordLoad {
    static final double TARGET_P99_MS = 50;
    static final long LATE = TimeUnit.SECONDS.toNanos(3); // Discord's acknowledgement window
    static final int USERS = 5000;

    enum Kind {
        SLASH,
        AUTOCOMPLETE,
        CLICK
    }

    private DiscordLoad() {}

    public static void main(String[] args) throws Exception {
        int measured = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 120;
        // Warm-up: at least 1000 interactions and 10 s, so the JIT has compiled the hot paths and the backlog
        // of the first, cold seconds has drained before anything is counted.
        int warmup = Math.max(
                Integer.getInteger("warmup", 1000), (int) Math.ceil(rate * Integer.getInteger("warmup.seconds", 10)));
        Root root = BenchApp.root(); // first: the JDK HTTP settings, before the fake Discord's servers exist
        quietLogs();
        int status = 1;
        Path data = Files.createTempDirectory("discord-load");
        try {
            measure(root, data, warmup, measured, rate, seconds);
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            delete(data);
            System.exit(status); // whatever happened: JDA's and OkHttp's threads must not keep the JVM alive
        }
    }

    private static void measure(Root root, Path data, int warmup, int measured, double rate, int seconds)
            throws Exception {
        try (MentorApp app = app(root, data);
                FakeDiscord discord = FakeDiscord.start()) {
            DiscordSettings s = discord.settings(true);
            DiscordAdapter adapter = root.discord(
                    new DiscordSettings(s.token(), s.guildId(), s.apiUrl(), s.gatewayUrl(), discord.moderatorRoleId),
                    app.mentor());
            adapter.start();
            try {
                Run run = new Run(discord, warmup + measured, warmup);
                java.util.Objects.requireNonNull(adapter.jda(), "started").addEventListener((EventListener) run::event);
                run.send(rate, TimeUnit.SECONDS.toNanos(seconds));
                run.report(rate, discord.violations().size());
                String csv = System.getProperty("csv");
                if (csv != null) run.csv(Path.of(csv));
            } finally {
                adapter.stop(Duration.ofSeconds(5));
            }
        }
    }

    /** Best effort: the temp dir holds only the run's moderation data. */
    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }

    /** Production logging, but only warnings and errors: the run prints its own table. */
    static void quietLogs() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.WARN);
    }

    /** As BenchApp builds it (metrics on, cooldowns on, the real knowledge), plus moderation in a temp dir. */
    static MentorApp app(Root root, Path data) {
        return root.app(BenchApp.knowledge(root))
                .metrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
                .cooldowns(Cooldowns.Settings.DEFAULT)
                .moderation(BenchApp.knowledgeDir(root), data, null)
                .build();
    }

    /** One run: what was sent when, and when its callback arrived. */
    static final class Run {
        private final FakeDiscord discord;
        private final int total;
        private final int warmup;
        private final long[] sentAt;
        private final Kind[] kinds;
        private final AtomicLongArray arrivedAt;
        private final AtomicLongArray eventAt; // when JDA handed the interaction to the listeners
        private final AtomicIntegerArray status;
        private final Map<String, Integer> index = new ConcurrentHashMap<>();
        private final Random random = new Random(42);
        private final FakeUser[] users = new FakeUser[USERS];
        private final Deque<Quiz> quizzes = new ArrayDeque<>();
        private int sent;
        private int nextUser;

        Run(FakeDiscord discord, int total, int warmup) {
            this.discord = discord;
            this.total = total;
            this.warmup = warmup;
            this.sentAt = new long[total];
            this.kinds = new Kind[total];
            this.arrivedAt = new AtomicLongArray(total);
            this.eventAt = new AtomicLongArray(total);
            this.status = new AtomicIntegerArray(total);
            for (int i = 0; i < USERS; i++) users[i] = FakeUser.person("user" + i);
            discord.rest().tap(this::received);
            discord.rest().keepExchanges(false); // the tap sees every request; keeping them would only load the GC
        }

        /** Runs on JDA's gateway thread, after the bot's listener has taken the interaction. */
        void event(GenericEvent e) {
            if (!(e instanceof GenericInteractionCreateEvent i)) return;
            Integer n = index.get(i.getInteraction().getId());
            if (n != null) eventAt.compareAndSet(n, 0, System.nanoTime());
        }

        /** Runs on the fake's HTTP threads: only the first acknowledgement of an interaction counts. */
        private void received(Exchange e, long arrivedNanos) {
            String path = e.path();
            if (!e.method().equals("POST") || !path.startsWith("/interactions/") || !path.endsWith("/callback")) return;
            Integer i =
                    index.get(path.substring("/interactions/".length(), path.indexOf('/', "/interactions/".length())));
            if (i == null) return;
            if (arrivedAt.compareAndSet(i, 0, arrivedNanos)) status.set(i, e.status());
        }

        void send(double rate, long budgetNanos) throws InterruptedException {
            long period = (long) (1e9 / rate);
            long start = System.nanoTime();
            Thread hiccups = new Thread(this::hiccups, "hiccup-meter");
            hiccups.setDaemon(true);
            hiccups.start();
            for (int n = 0; n < total; n++) {
                long due = start + n * period;
                if (due - start > budgetNanos) break;
                if (n == warmup) measuring = true;
                Prepared p = next(); // built before the clock starts: only the fake's dispatch is timed
                long wait;
                while ((wait = due - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
                index.put(p.interaction.id(), n);
                kinds[n] = p.kind;
                sentAt[n] = System.nanoTime();
                discord.dispatch(p.interaction);
                sent = n + 1;
            }
            // Give the last ones Discord's full window.
            long deadline = System.nanoTime() + LATE + TimeUnit.MILLISECONDS.toNanos(200);
            while (System.nanoTime() < deadline && !allArrived()) Thread.sleep(20);
            measuring = false;
            hiccups.interrupt();
        }

        private volatile boolean measuring;
        private final List<Long> hiccupNanos = new ArrayList<>();

        /**
         * How late a thread that only sleeps 1 ms at a time wakes up, while measuring: stalls of the whole
         * process (GC pauses, a machine busy with other work) that no code in the bot causes or can avoid.
         */
        private void hiccups() {
            long step = TimeUnit.MILLISECONDS.toNanos(1);
            while (!Thread.currentThread().isInterrupted()) {
                long before = System.nanoTime();
                LockSupport.parkNanos(step);
                long late = System.nanoTime() - before - step;
                if (measuring) {
                    synchronized (hiccupNanos) {
                        hiccupNanos.add(Math.max(0, late));
                    }
                }
            }
        }

        private boolean allArrived() {
            for (int i = 0; i < sent; i++) if (arrivedAt.get(i) == 0) return false;
            return true;
        }

        private record Prepared(Interaction interaction, Kind kind) {}

        /** A quiz in progress: its owner, its message, and the click that is still unanswered. */
        private static final class Quiz {
            final FakeUser owner;
            final Interaction start;

            @Nullable
            String message;

            @Nullable
            String pending; // interaction id of the click in flight

            Quiz(FakeUser owner, Interaction start) {
                this.owner = owner;
                this.start = start;
            }
        }

        /** The next interaction of the mix. */
        private Prepared next() {
            int roll = random.nextInt(100);
            if (roll < 20) {
                Prepared click = click();
                if (click != null) return click;
                return quiz();
            }
            if (roll < 35) return autocomplete();
            if (roll < 43) return quiz();
            FakeUser u = user();
            String[] names = {"serving", "mlops", "applied", "research engineer", "evals", "fine-tuning"};
            String name = names[random.nextInt(names.length)];
            Interaction i = switch (random.nextInt(8)) {
                case 0 -> discord.prepareCommand(u, discord.guildId, "help", Map.of(), null);
                case 1 ->
                    discord.prepareCommand(
                            u,
                            discord.guildId,
                            "salary",
                            Map.of("name", name, "level", random.nextBoolean() ? "senior" : "early"),
                            null);
                case 2 -> discord.prepareCommand(u, discord.guildId, "specialization", Map.of("name", name), null);
                case 3 ->
                    discord.prepareCommand(
                            u, discord.guildId, "compare", Map.of("first", "applied", "second", name), null);
                case 4 ->
                    discord.prepareCommand(
                            u,
                            discord.guildId,
                            "ask",
                            Map.of("question", "how much do " + name + " engineers earn"),
                            null);
                case 5 ->
                    discord.prepareCommand(u, discord.guildId, "switch", Map.of("from", "backend", "to", name), null);
                case 6 -> discord.prepareCommand(u, discord.guildId, "paths", Map.of(), null);
                default -> discord.prepareCommand(u, null, "salary", Map.of("name", name), null); // in a DM
            };
            return new Prepared(i, Kind.SLASH);
        }

        private Prepared autocomplete() {
            String[] typed = {"s", "se", "serv", "ml", "mlo", "app", "res", "fine", "saf", "ev", "infra", "servng"};
            String t = typed[random.nextInt(typed.length)];
            Interaction i = random.nextBoolean()
                    ? discord.prepareCommand(user(), discord.guildId, "specialization", Map.of("name", t), "name")
                    : discord.prepareCommand(
                            user(), discord.guildId, "compare", Map.of("first", "applied", "second", t), "second");
            return new Prepared(i, Kind.AUTOCOMPLETE);
        }

        private Prepared quiz() {
            FakeUser owner = user();
            Interaction i = discord.prepareCommand(owner, discord.guildId, "quiz", Map.of(), null);
            quizzes.addLast(new Quiz(owner, i));
            return new Prepared(i, Kind.SLASH);
        }

        /** An answer to a quiz whose last step was answered; null if none is ready. */
        private @Nullable Prepared click() {
            for (Iterator<Quiz> it = quizzes.iterator(); it.hasNext(); ) {
                Quiz q = it.next();
                if (q.pending != null && !arrived(q.pending)) {
                    if (overdue(q.pending)) it.remove();
                    continue;
                }
                if (q.message == null) {
                    if (!arrived(q.start.id())) {
                        if (overdue(q.start.id())) it.remove(); // never answered: counted as an error anyway
                        continue;
                    }
                    q.message = discord.rest().original(q.start);
                    if (q.message == null) {
                        it.remove();
                        continue;
                    }
                }
                List<String> choices = new ArrayList<>();
                String message = q.message;
                JsonNode shown = discord.rest().message(message);
                for (JsonNode row : shown.path("components")) {
                    for (JsonNode b : row.path("components")) {
                        String id = b.path("custom_id").asText();
                        if (id.matches("cm1:q:.*:a\\d")) choices.add(id);
                    }
                }
                if (choices.isEmpty()) { // the result: this quiz is done
                    it.remove();
                    continue;
                }
                Interaction i = discord.prepareClick(q.owner, message, choices.get(random.nextInt(choices.size())));
                q.pending = i.id();
                it.remove();
                quizzes.addLast(q); // round robin: the next click goes to another quiz
                return new Prepared(i, Kind.CLICK);
            }
            return null;
        }

        private boolean overdue(String interactionId) {
            Integer i = index.get(interactionId);
            return i != null && System.nanoTime() - sentAt[i] > LATE;
        }

        private boolean arrived(String interactionId) {
            Integer i = index.get(interactionId);
            return i != null && arrivedAt.get(i) != 0;
        }

        private FakeUser user() {
            return users[nextUser++ % users.length];
        }

        void report(double rate, int violations) {
            int counted = Math.max(0, sent - warmup);
            List<Long> all = new ArrayList<>();
            List<Long> toEvent = new ArrayList<>();
            List<Long> fromEvent = new ArrayList<>();
            Map<Kind, List<Long>> byKind = new EnumMap<>(Kind.class);
            int errors = 0;
            for (int i = warmup; i < sent; i++) {
                long arrived = arrivedAt.get(i);
                long latency = arrived - sentAt[i];
                if (arrived == 0 || latency > LATE || status.get(i) / 100 != 2) {
                    errors++;
                    continue;
                }
                all.add(latency);
                if (eventAt.get(i) != 0) {
                    toEvent.add(eventAt.get(i) - sentAt[i]);
                    fromEvent.add(arrived - eventAt.get(i));
                }
                byKind.computeIfAbsent(kinds[i], k -> new ArrayList<>()).add(latency);
            }
            System.out.printf(
                    "Discord: INTERACTION_CREATE sent by the fake gateway -> interaction callback at the fake REST "
                            + "(loopback, real JDA, production-like bot)%n");
            System.out.printf(
                    "rate %.0f/s, %d warm-up interactions not counted, %d distinct users%s%n",
                    rate,
                    warmup,
                    USERS,
                    sent < total ? ", stopped by the time limit after " + sent + " of " + total : "");
            System.out.printf(
                    "%-36s %12s %8s %8s %8s %7s%n", "kind", "interactions", "p50_ms", "p99_ms", "max_ms", "errors");
            for (Map.Entry<Kind, List<Long>> e : byKind.entrySet()) {
                System.out.println(row(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue(), -1));
            }
            System.out.println(row("all", all, errors));
            System.out.println(row("  of which: gateway to JDA listener", toEvent, -1));
            System.out.println(row("  listener to callback", fromEvent, -1));
            if (counted == 0 || all.isEmpty()) {
                System.out.println("target p99 <= 50 ms: MISSED (nothing measured)");
                return;
            }
            double p99 = pct(sorted(all), 0.99) / 1e6;
            long[] stalls;
            synchronized (hiccupNanos) {
                stalls = sorted(hiccupNanos);
            }
            if (stalls.length > 0) {
                System.out.printf(
                        "process stalls meanwhile (a thread sleeping 1 ms woke up late by): p99 %.2f ms, "
                                + "max %.2f ms%n",
                        pct(stalls, 0.99) / 1e6, stalls[stalls.length - 1] / 1e6);
            }
            System.out.printf("fake Discord violations: %d%n", violations);
            System.out.printf(
                    "target p99 <= %.0f ms: %s%n",
                    TARGET_P99_MS, p99 <= TARGET_P99_MS && errors == 0 ? "MET" : "MISSED");
        }

        /** One line per interaction (-Dcsv=FILE): when it was sent, how long to the listener and to the callback. */
        void csv(Path file) throws IOException {
            StringBuilder sb = new StringBuilder("n,kind,sent_ms,to_listener_ms,to_callback_ms,status\n");
            long t0 = sentAt[0];
            for (int i = 0; i < sent; i++) {
                long ev = eventAt.get(i);
                long cb = arrivedAt.get(i);
                sb.append(i)
                        .append(',')
                        .append(kinds[i])
                        .append(',')
                        .append(String.format("%.3f", (sentAt[i] - t0) / 1e6))
                        .append(',')
                        .append(ev == 0 ? "" : String.format("%.3f", (ev - sentAt[i]) / 1e6))
                        .append(',')
                        .append(cb == 0 ? "" : String.format("%.3f", (cb - sentAt[i]) / 1e6))
                        .append(',')
                        .append(status.get(i))
                        .append('\n');
            }
            Files.writeString(file, sb);
        }

        private static String row(String name, List<Long> latencies, int errors) {
            long[] s = sorted(latencies);
            return String.format(
                    "%-36s %12d %8.2f %8.2f %8.2f %7s",
                    name,
                    s.length + Math.max(0, errors),
                    pct(s, 0.5) / 1e6,
                    pct(s, 0.99) / 1e6,
                    s.length == 0 ? 0 : s[s.length - 1] / 1e6,
                    errors < 0 ? "" : Integer.toString(errors));
        }

        private static long[] sorted(List<Long> values) {
            long[] s = values.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(s);
            return s;
        }

        private static long pct(long[] sorted, double p) {
            if (sorted.length == 0) return 0;
            return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
        }
    }
}
