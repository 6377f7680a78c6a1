package dev.careermentor.slack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.careermentor.Root;
import dev.careermentor.adapter.InFlight;
import dev.careermentor.app.MentorApp;
import dev.careermentor.app.SlackSettings;
import dev.careermentor.bench.BenchApp;
import dev.careermentor.core.session.Cooldowns;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * The Slack endpoint under load, on loopback only: signed requests, exactly as Slack signs them, first to
 * a bare Bolt app whose handlers only acknowledge (the floor), then to the bot, both served by the very
 * same {@link SlackHttpServer} (Jetty 12's core server), in one run. The bot is wired as production wires it: {@link SlackAdapter}
 * with its responder pool, over a {@link MentorApp} with metrics, the default cooldowns, moderation (data
 * in a temporary folder) and the repository's knowledge.
 *
 * <p>Load: a fixed number of keep-alive connections (default 16), each sending its next request as soon
 * as the last is answered (closed loop), from 6,000 distinct users in turn, so each user sends a few
 * requests per 20 s and the per-user cooldowns (10 commands, 30 clicks per 20 s) are never what is
 * measured. A user with a quiz open answers it (a click on the first choice of the question in front of
 * them, whose real id came from the quiz start or from the bot's last answer); otherwise they send one of
 * the slash commands help, salary serving senior, specialization mlops, compare applied llm vs serving,
 * ask how much do mlops engineers earn, or quiz, or click Share on an answer. Each click's response_url
 * points at a local stand-in that answers 200 at once: the bot posts click answers there from its
 * responder pool; the posts are counted, and any missing at the end are reported. The bare floor gets the
 * same schedule of requests (its quiz ids are a real id's shape). Both servers are warmed up first (5 s
 * each, -Dslack.load.warmup=S), then measured in alternating rounds (-Dslack.load.rounds=N, default 5)
 * so drift on a shared machine hits both alike; requests per second is the median over rounds, the
 * latencies of all rounds are pooled. Each phase stops at its request count or its time, whichever
 * comes first.
 *
 * <p>The client is a small raw-socket HTTP/1.1 keep-alive client, one thread per connection. On the
 * 2-core machine this was measured against Java's {@link HttpClient} (-Dslack.load.client=jdk): the JDK
 * client spent about twice the CPU per request, which on 2 cores came straight out of the servers'
 * share and roughly halved the floor's requests per second, so it measured the client more than the
 * servers. Latency is from the first byte written to the last byte of the answer read.
 *
 * <p>Closed loop finds capacity, and at capacity every request queues behind the others, so its p99 is
 * mostly queueing. {@code -Dslack.load.rate=R} runs open loop instead: the connections together send R
 * requests per second on a fixed schedule, whatever the server does, and each latency is counted from
 * the moment its request was due, not from when it was sent, so a slow answer that delays the next
 * request is charged to the server (no coordinated omission). That is the latency a workspace sees at a
 * given traffic; a server that cannot keep up shows it as a falling rate and a growing p99.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.careermentor.slack.SlackLoad [requests] [connections] [seconds]</pre>
 *
 * Run from the repository root (or pass -Dmentor.knowledge=DIR). Defaults: 20,000 requests per phase,
 * 16 connections, at most 60 s per phase.
 */
public final class SlackLoad {
    private SlackLoad() {}

    static final String SECRET = "load-signing-secret-0123456789abcdef";
    static final String TEAM = "T0LOAD";
    /**
     * Enough users that none of them reaches the cooldowns at several thousand requests per second (each
     * sends a command or a click every few seconds), few enough that each comes back often enough to
     * click through a quiz within the run.
     */
    static final int USERS = 6_000;

    static final double TARGET_RATIO = 0.9;
    static final double TARGET_P99_MS = 20;
    static final int TIMEOUT_MS = 10_000;
    static final String[] COMMANDS = {
        "help",
        "salary serving senior",
        "specialization mlops",
        "compare applied llm vs serving",
        "ask how much do mlops engineers earn"
    };
    static final Pattern CHOICE =
            Pattern.compile("\"action_id\":\"(cm1:q:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+:[0-9]*:a[0-9])\"");
    static final Pattern SHARE = Pattern.compile("\"action_id\":\"(cm1:s:[a-z0-9 .-]+)\"");

    enum Kind {
        COMMAND,
        QUIZ_START,
        QUIZ_CLICK,
        SHARE_CLICK
    }

    public static void main(String[] args) throws Exception {
        // First, as in the bot: the root applies the JDK HTTP settings, which the JDK reads once per JVM when
        // the first HttpServer is made (here the stand-in is made first). Without them every keep-alive
        // answer waits ~40 ms for a delayed ACK. Checked below.
        Root root = BenchApp.root();
        Clock clock = root.clock();
        quietLogs();
        long requests = args.length > 0 ? Long.parseLong(args[0]) : 20_000;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int warmup = Integer.getInteger("slack.load.warmup", 5);
        int rounds = Math.max(1, Integer.getInteger("slack.load.rounds", 5));
        boolean jdkClient = "jdk".equals(System.getProperty("slack.load.client"));
        Path data = Files.createTempDirectory("slack-load");
        PostCounter warnings = countWarnings();

        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (StandIn standIn = new StandIn();
                MentorApp app = bot(root, registry)
                        .moderation(BenchApp.knowledgeDir(root), data, null)
                        .build()) {
            SlackSettings settings =
                    new SlackSettings(SECRET, "xoxb-load-token", null, standIn.apiUrl(), "127.0.0.1", 0);

            App bare = new App(appConfig(settings));
            bare.command(SlackListeners.COMMAND, (req, ctx) -> ctx.ack());
            bare.command(SlackListeners.ADMIN_COMMAND, (req, ctx) -> ctx.ack());
            bare.blockAction(Pattern.compile(".*", Pattern.DOTALL), (req, ctx) -> ctx.ack());
            bare.start();
            SlackHttpServer floor =
                    new SlackHttpServer(
                            bare, new SlackSignatures(SECRET, clock), () -> {}, new InFlight(), root.ticker());
            floor.start("127.0.0.1", 0);

            SlackAdapter adapter = root.slack(settings, app.mentor());
            adapter.start();
            int questions = app.knowledge().get().quiz().questions().size();
            try {
                Target bareTarget = new Target("bare", floor.port(), false, standIn, questions, null);
                Target botTarget = new Target("bot", adapter.port(), true, standIn, questions, null);
                String share = firstMatch(SHARE, probe(botTarget, "salary serving senior"));
                String choice = firstMatch(CHOICE, probe(botTarget, "quiz"));
                bareTarget = bareTarget.withIds(share, choice);
                botTarget = botTarget.withIds(share, choice);

                double bareHealth = healthP50(floor.port());
                double botHealth = healthP50(adapter.port());
                String nodelay = String.format(
                        "%s (keep-alive GET /health p50: bare %.2f ms, bot %.2f ms)",
                        Math.max(bareHealth, botHealth) < 10 ? "yes" : "NO, answers wait ~40 ms for delayed ACKs",
                        bareHealth,
                        botHealth);
                Client.Factory clients = jdkClient ? JdkClient::new : RawClient::new;
                double rate = Double.parseDouble(System.getProperty("slack.load.rate", "0"));
                Load load = new Load(connections, clients, 0);
                Load measured = rate > 0 ? new Load(connections, clients, rate) : load;
                // -Dslack.load.only=bot (or bare) runs one server alone, e.g. under a profiler.
                String only = System.getProperty("slack.load.only", "");
                boolean runBare = !only.equals("bot");
                boolean runBot = !only.equals("bare");
                if (runBare) load.run(bareTarget, Long.MAX_VALUE, warmup * 1_000_000_000L);
                if (runBot) load.run(botTarget, Long.MAX_VALUE, warmup * 1_000_000_000L);
                List<Phase> bareRounds = new ArrayList<>();
                List<Phase> botRounds = new ArrayList<>();
                long perRound = Math.max(1, requests / rounds);
                long nanosPerRound = seconds * 1_000_000_000L / rounds;
                for (int r = 0; r < rounds; r++) {
                    bareRounds.add(runBare ? measured.run(bareTarget, perRound, nanosPerRound) : Phase.EMPTY);
                    botRounds.add(runBot ? measured.run(botTarget, perRound, nanosPerRound) : Phase.EMPTY);
                }
                long expectedPosts = botTarget.clicksAcked.get();
                long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
                while (standIn.posts.get() < expectedPosts && System.nanoTime() < deadline) Thread.sleep(20);
                report(bareRounds, botRounds, connections, rate, jdkClient, nodelay, expectedPosts, standIn, warnings);
                var refused = registry.find("mentor.refusals")
                        .tag("reason", "cooldown")
                        .counter();
                System.out.printf("cooldown refusals (bot, all phases): %.0f%n", refused == null ? 0 : refused.count());
            } finally {
                adapter.stop(Duration.ofSeconds(5));
                floor.stop(Duration.ofSeconds(1));
                bare.stop();
            }
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // The two apps

    /** As {@code BenchApp.builder()}: production wiring, metrics and cooldowns on, the real knowledge. */
    static MentorApp.Builder bot(Root root, PrometheusMeterRegistry registry) {
        return root.app(BenchApp.knowledge(root)).metrics(registry).cooldowns(Cooldowns.Settings.DEFAULT);
    }

    /** The floor's Bolt configuration: the adapter's, with the same API stand-in behind auth.test. */
    static AppConfig appConfig(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl().toString());
        return AppConfig.builder()
                .slack(Slack.getInstance(config))
                .signingSecret(settings.signingSecret())
                .singleTeamBotToken(settings.botToken())
                .verificationToken(null)
                .clientId(null)
                .clientSecret(null)
                .build();
    }

    // ------------------------------------------------------------------------------------------------
    // What is sent

    /** One server under load, and the users' state for it. */
    static final class Target {
        final String name;
        final int port;
        final boolean bot;
        final StandIn standIn;
        final int questions;
        final @Nullable String shareId;
        final @Nullable String choiceId;
        /** Per user: the first choice of the question in front of them; null when no quiz is open. */
        final AtomicReferenceArray<@Nullable String> choice;

        final int[] answered = new int[USERS];
        final AtomicLong clicksAcked = new AtomicLong();
        final AtomicLong sequence = new AtomicLong();
        /** Per connection, the next of its users; runs so far, which seed the schedule. */
        final int[] cursor = new int[4096];

        int runs;

        Target(String name, int port, boolean bot, StandIn standIn, int questions, String @Nullable [] ids) {
            this.name = name;
            this.port = port;
            this.bot = bot;
            this.standIn = standIn;
            this.questions = questions;
            this.shareId = ids == null ? null : ids[0];
            this.choiceId = ids == null ? null : ids[1];
            this.choice = new AtomicReferenceArray<>(USERS);
            if (bot) standIn.target = this;
        }

        Target withIds(String share, String choice) {
            return new Target(name, port, bot, standIn, questions, new String[] {share, choice});
        }

        String user(int u) {
            return String.format("U%08d", u);
        }

        String responseUrl(int u) {
            return standIn.base() + "/respond/" + name + "/" + u;
        }

        byte[] command(int u, String text) {
            String user = user(u);
            return ("token=legacy-verification-token&team_id=" + TEAM + "&team_domain=load&channel_id=C0LOAD"
                            + "&channel_name=general&user_id=" + user + "&user_name=" + user.toLowerCase(Locale.ROOT)
                            + "&command=%2Fmentor&text=" + enc(text)
                            + "&api_app_id=A0MENTOR&is_enterprise_install=false"
                            + "&response_url=" + enc(responseUrl(u)) + "&trigger_id=" + sequence.incrementAndGet() + "."
                            + u + ".a1b2c3d4e5f6")
                    .getBytes(StandardCharsets.UTF_8);
        }

        byte[] click(int u, String actionId) {
            String user = user(u);
            long n = sequence.incrementAndGet();
            String json = "{\"type\":\"block_actions\",\"user\":{\"id\":\"" + user + "\",\"username\":\""
                    + user.toLowerCase(Locale.ROOT)
                    + "\",\"name\":\"" + user.toLowerCase(Locale.ROOT) + "\",\"team_id\":\"" + TEAM
                    + "\"},\"api_app_id\":\"A0MENTOR\","
                    + "\"token\":\"legacy-verification-token\",\"container\":{\"type\":\"message\",\"message_ts\":"
                    + "\"1700000000.000100\",\"channel_id\":\"C0LOAD\",\"is_ephemeral\":true},\"trigger_id\":\""
                    + n + "." + u + ".a1b2c3d4e5f6\",\"team\":{\"id\":\"" + TEAM + "\",\"domain\":\"load\"},"
                    + "\"enterprise\":null,\"is_enterprise_install\":false,\"channel\":{\"id\":\"C0LOAD\",\"name\":"
                    + "\"general\"},\"state\":{\"values\":{}},\"response_url\":\"" + responseUrl(u)
                    + "\",\"actions\":[{"
                    + "\"action_id\":\"" + actionId
                    + "\",\"block_id\":\"b1\",\"text\":{\"type\":\"plain_text\",\"text\":"
                    + "\"A button\",\"emoji\":true},\"value\":\"" + actionId + "\",\"type\":\"button\",\"action_ts\":\""
                    + "1700000000." + n + "\"}]}";
            return ("payload=" + enc(json)).getBytes(StandardCharsets.UTF_8);
        }

        /** The answer to a click arrived at the stand-in: remember the next question's first choice. */
        void posted(int u, String body) {
            Matcher m = CHOICE.matcher(body);
            choice.set(u, m.find() ? m.group(1) : null);
        }
    }

    /** One user's next request, decided the same way for both servers. */
    record Next(Kind kind, byte[] body, int user) {}

    static Next next(Target t, int u, Random random) {
        String open = t.choice.get(u);
        if (open != null && t.answered[u] < t.questions && random.nextInt(10) < 8) {
            t.answered[u]++;
            if (t.answered[u] == t.questions && !t.bot) t.choice.set(u, null); // the bot's answer clears it itself
            return new Next(Kind.QUIZ_CLICK, t.click(u, open), u);
        }
        int r = random.nextInt(100);
        if (r < 15) return new Next(Kind.QUIZ_START, t.command(u, "quiz"), u);
        if (r < 40)
            return new Next(
                    Kind.SHARE_CLICK, t.click(u, java.util.Objects.requireNonNull(t.shareId, "probed first")), u);
        return new Next(Kind.COMMAND, t.command(u, COMMANDS[r % COMMANDS.length]), u);
    }

    /** What an answer tells the user's state: a quiz start shows its first question's choices. */
    static void answered(Target t, Next n, byte[] body) {
        if (n.kind == Kind.QUIZ_START) {
            t.answered[n.user] = 0;
            if (t.bot) {
                Matcher m = CHOICE.matcher(new String(body, StandardCharsets.UTF_8));
                t.choice.set(n.user, m.find() ? m.group(1) : null);
            } else {
                t.choice.set(n.user, t.choiceId);
            }
        } else if (n.kind == Kind.QUIZ_CLICK || n.kind == Kind.SHARE_CLICK) {
            t.clicksAcked.incrementAndGet();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // The load

    /** The measurements of one phase: latencies in nanoseconds, by kind. */
    static final class Phase {
        final String name;
        final Map<Kind, long[]> latencies = new EnumMap<>(Kind.class);
        long requests;
        long errors;
        double seconds;

        @Nullable
        String firstError;

        Phase(String name) {
            this.name = name;
            for (Kind k : Kind.values()) latencies.put(k, new long[0]);
        }

        long[] of(Kind k) {
            return java.util.Objects.requireNonNull(latencies.get(k), "every kind has its latencies");
        }

        static final Phase EMPTY = new Phase("none");

        static {
            EMPTY.seconds = 1;
        }

        double rate() {
            return requests / seconds;
        }

        long[] all() {
            return latencies.values().stream()
                    .flatMapToLong(Arrays::stream)
                    .sorted()
                    .toArray();
        }
    }

    static final class Load {
        final int connections;
        final Client.Factory clients;
        /** Nanoseconds between one connection's requests on the open-loop schedule; 0 for closed loop. */
        final long interval;

        Load(int connections, Client.Factory clients, double requestsPerSecond) {
            this.connections = connections;
            this.clients = clients;
            this.interval = requestsPerSecond > 0 ? Math.round(1e9 * connections / requestsPerSecond) : 0;
        }

        Phase run(Target target, long maxRequests, long maxNanos) throws InterruptedException {
            Phase phase = new Phase(target.name);
            int run = target.runs++;
            AtomicLong issued = new AtomicLong();
            long start = System.nanoTime();
            long deadline = start + maxNanos;
            List<Worker> workers = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                // Staggered, so that the connections' due times interleave evenly rather than arrive together.
                long due = start + interval * c / connections;
                workers.add(new Worker(c, run, target, issued, maxRequests, deadline, due));
            }
            workers.forEach(Thread::start);
            for (Worker w : workers) w.join();
            phase.seconds = (System.nanoTime() - start) / 1e9;
            for (Kind k : Kind.values()) {
                phase.latencies.put(
                        k,
                        workers.stream()
                                .flatMapToLong(w -> Arrays.stream(w.of(k).toArray()))
                                .toArray());
            }
            for (Worker w : workers) {
                phase.requests += w.done;
                phase.errors += w.errors;
                if (phase.firstError == null) phase.firstError = w.firstError;
            }
            return phase;
        }

        final class Worker extends Thread {
            final int index;
            final int run;
            final Target target;
            final AtomicLong issued;
            final long max;
            final long deadline;
            /** When this connection's next request is due on the open-loop schedule. */
            long due;

            final Map<Kind, Longs> latencies = new EnumMap<>(Kind.class);
            long done;
            long errors;

            @Nullable
            String firstError;

            Worker(int index, int run, Target target, AtomicLong issued, long max, long deadline, long due) {
                super("load-" + index);
                this.index = index;
                this.run = run;
                this.target = target;
                this.issued = issued;
                this.max = max;
                this.deadline = deadline;
                this.due = due;
                for (Kind k : Kind.values()) latencies.put(k, new Longs());
            }

            Longs of(Kind k) {
                return java.util.Objects.requireNonNull(latencies.get(k), "every kind has a list");
            }

            @Override
            public void run() {
                Random random = new Random(index * 7919L + run); // the same schedule for both servers
                SlackSignatures signer = new SlackSignatures(SECRET, Clock.systemUTC());
                int users = USERS / connections;
                Client client = null;
                try {
                    while (issued.incrementAndGet() <= max && System.nanoTime() < deadline) {
                        // Each connection has its own users, in turn: a user's requests never overlap.
                        int u = index + connections * (target.cursor[index]++ % users);
                        Next n = next(target, u, random);
                        String ts = Long.toString(System.currentTimeMillis() / 1000);
                        String signature = signer.sign(ts, n.body);
                        long t0 = interval == 0 ? System.nanoTime() : waitUntilDue();
                        try {
                            if (client == null) client = clients.open(target.port);
                            Client.Answer a = client.post(ts, signature, n.body);
                            long t1 = System.nanoTime();
                            done++;
                            of(n.kind).add(t1 - t0);
                            if (a.status() != 200) {
                                error("HTTP " + a.status() + ": " + new String(a.body(), StandardCharsets.UTF_8));
                            } else {
                                answered(target, n, a.body());
                            }
                        } catch (IOException | RuntimeException e) {
                            done++;
                            of(n.kind).add(System.nanoTime() - t0);
                            error(e.toString());
                            close(client);
                            client = null;
                        }
                    }
                } finally {
                    close(client);
                }
            }

            /** Sleeps until the next request is due and returns when it was due, which may be in the past. */
            long waitUntilDue() {
                long now;
                while ((now = System.nanoTime()) < due) LockSupport.parkNanos(due - now);
                long wasDue = due;
                due += interval;
                return wasDue;
            }

            void error(String what) {
                errors++;
                if (firstError == null) firstError = what.length() > 200 ? what.substring(0, 200) : what;
            }
        }
    }

    static void close(@Nullable Closeable c) {
        try {
            if (c != null) c.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** A growable array of longs. */
    static final class Longs {
        long[] values = new long[1024];
        int size;

        void add(long v) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // HTTP clients

    interface Client extends Closeable {
        record Answer(int status, byte[] body) {}

        Answer post(String timestamp, String signature, byte[] body) throws IOException;

        interface Factory {
            Client open(int port) throws IOException;
        }
    }

    /** HTTP/1.1 on one keep-alive socket: the request in one write, the answer read by its length. */
    static final class RawClient implements Client {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final byte[] prefix;
        private final ByteArrayOutputStream request = new ByteArrayOutputStream(4096);
        private final StringBuilder line = new StringBuilder(128);

        RawClient(int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
            prefix = ("POST " + SlackHttpServer.EVENTS + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                            + "\r\nUser-Agent: Slackbot 1.0 (+https://api.slack.com/robots)\r\nAccept-Encoding: identity\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public Answer post(String timestamp, String signature, byte[] body) throws IOException {
            request.reset();
            request.write(prefix);
            request.write(("X-Slack-Request-Timestamp: " + timestamp + "\r\nX-Slack-Signature: " + signature
                            + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            request.write(body);
            request.writeTo(out);
            out.flush();
            int status = Integer.parseInt(readLine().split(" ", 3)[1]);
            int length = 0;
            boolean chunked = false;
            boolean close = false;
            for (String h = readLine(); !h.isEmpty(); h = readLine()) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).trim();
                String value = h.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) length = Integer.parseInt(value);
                else if (name.equalsIgnoreCase("Transfer-Encoding")) chunked = value.equalsIgnoreCase("chunked");
                else if (name.equalsIgnoreCase("Connection")) close = value.equalsIgnoreCase("close");
            }
            byte[] answer = chunked ? chunks() : in.readNBytes(length);
            if (answer.length < length) throw new EOFException("answer cut short");
            if (close) throw new IOException("the server closed the connection");
            return new Answer(status, answer);
        }

        private byte[] chunks() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(readLine().trim(), 16);
                    size > 0;
                    size = Integer.parseInt(readLine().trim(), 16)) {
                body.write(in.readNBytes(size));
                readLine();
            }
            readLine();
            return body.toByteArray();
        }

        private String readLine() throws IOException {
            line.setLength(0);
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) throw new EOFException("connection closed");
                if (c != '\r') line.append((char) c);
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** Java's HttpClient, HTTP/1.1, one client shared by the connection threads (it pools connections), for comparison. */
    static final class JdkClient implements Client {
        private static final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(TIMEOUT_MS))
                .build();
        private final URI uri;

        JdkClient(int port) {
            uri = URI.create("http://127.0.0.1:" + port + SlackHttpServer.EVENTS);
        }

        @Override
        public Answer post(String timestamp, String signature, byte[] body) throws IOException {
            HttpRequest r = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofMillis(TIMEOUT_MS))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Slack-Request-Timestamp", timestamp)
                    .header("X-Slack-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            try {
                HttpResponse<byte[]> a = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
                return new Answer(a.statusCode(), a.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }

        @Override
        public void close() {
            // the shared client keeps its connections for the next thread
        }
    }

    // ------------------------------------------------------------------------------------------------
    // The response_url and Web API stand-in

    /** auth.test under /api/, and response_url under /respond/NAME/USER: answers 200 at once, counts posts. */
    static final class StandIn implements AutoCloseable {
        final HttpServer server;
        final ExecutorService executor = Executors.newFixedThreadPool(4, SlackHttpServer.daemonThreads("stand-in-"));
        final AtomicLong posts = new AtomicLong();
        final AtomicLong malformed = new AtomicLong();
        volatile @Nullable Target target;

        StandIn() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
            server.createContext(
                    "/api/",
                    ex -> reply(
                            ex,
                            "{\"ok\":true,\"url\":\"https://load.slack.com/\",\"team\":\"Load\","
                                    + "\"user\":\"mentor\",\"team_id\":\"" + TEAM
                                    + "\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}"));
            server.createContext("/respond/", this::respond);
            server.setExecutor(executor);
            server.start();
        }

        URI apiUrl() {
            return URI.create(base() + "/api/");
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private void respond(HttpExchange ex) throws IOException {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = ex.getRequestURI().getPath();
            Target t = target;
            if (!body.startsWith("{") || !body.contains("\"blocks\"")) malformed.incrementAndGet();
            if (t != null && path.startsWith("/respond/" + t.name + "/")) {
                t.posted(Integer.parseInt(path.substring(path.lastIndexOf('/') + 1)), body);
            }
            posts.incrementAndGet();
            reply(ex, "ok");
        }

        private static void reply(HttpExchange ex, String text) throws IOException {
            ex.getRequestBody().readAllBytes();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", text.startsWith("{") ? "application/json" : "text/plain");
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(bytes);
            }
        }

        @Override
        public void close() {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Checks and the report

    /** One command to the bot, answered in full: the source of the real share and quiz ids. */
    static String probe(Target t, String text) throws IOException {
        try (RawClient c = new RawClient(t.port)) {
            int u = USERS - 1;
            byte[] body = t.command(u, text);
            String ts = Long.toString(System.currentTimeMillis() / 1000);
            Client.Answer a = c.post(ts, new SlackSignatures(SECRET, Clock.systemUTC()).sign(ts, body), body);
            if (a.status() != 200) throw new IllegalStateException(text + ": HTTP " + a.status());
            return new String(a.body(), StandardCharsets.UTF_8);
        }
    }

    static String firstMatch(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) throw new IllegalStateException("no " + p + " in " + text);
        return m.group(1);
    }

    /**
     * The median of 200 GET /health on one keep-alive connection: well under a millisecond with
     * TCP_NODELAY, about 40 ms (a delayed ACK each time) without it.
     */
    static double healthP50(int port) throws IOException {
        long[] t = new long[200];
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setTcpNoDelay(true);
            s.setSoTimeout(TIMEOUT_MS);
            InputStream in = new BufferedInputStream(s.getInputStream());
            byte[] get = "GET /health HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < t.length; i++) {
                long t0 = System.nanoTime();
                s.getOutputStream().write(get);
                int length = 0;
                StringBuilder line = new StringBuilder();
                while (true) {
                    int c = in.read();
                    if (c < 0) throw new EOFException();
                    if (c == '\n') {
                        String h = line.toString().trim();
                        if (h.isEmpty()) break;
                        if (h.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                            length = Integer.parseInt(h.substring(15).trim());
                        line.setLength(0);
                    } else {
                        line.append((char) c);
                    }
                }
                in.readNBytes(length);
                t[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(t);
        return t[t.length / 2] / 1e6;
    }

    static void report(
            List<Phase> bare,
            List<Phase> bot,
            int connections,
            double rate,
            boolean jdkClient,
            String nodelay,
            long expectedPosts,
            StandIn standIn,
            PostCounter warnings) {
        Phase b = merged("bare", bare);
        Phase m = merged("bot", bot);
        double bareRate = median(bare.stream().mapToDouble(Phase::rate).toArray());
        double botRate = median(bot.stream().mapToDouble(Phase::rate).toArray());
        System.out.printf(
                "Slack endpoint, loopback: %d keep-alive connections, signed requests, %s client, %d rounds "
                        + "alternating bare and bot%n",
                connections, jdkClient ? "Java HttpClient" : "raw-socket HTTP/1.1", bare.size());
        System.out.println(
                rate > 0
                        ? String.format(
                                "open loop at %.0f requests/s; latency counted from when each request was due. "
                                        + "At a set rate both servers send what they are sent, so the ratio shows only whether "
                                        + "the bot kept up",
                                rate)
                        : "closed loop: each connection sends its next request when the last is answered (capacity)");
        System.out.printf("mix (bot): %s%n", mix(m));
        System.out.println("requests_per_s: the median of the rounds; p50/p99/max: all rounds' requests pooled");
        System.out.printf(
                "%-6s %9s %8s %15s %8s %8s %8s %7s%n",
                "phase", "requests", "seconds", "requests_per_s", "p50_ms", "p99_ms", "max_ms", "errors");
        System.out.println(row(b, bareRate));
        System.out.println(row(m, botRate));
        for (Kind k : Kind.values()) {
            long[] l = sorted(m.of(k));
            long[] f = sorted(b.of(k));
            if (l.length == 0) continue;
            System.out.printf(
                    "  %-12s bot p50 %.2f ms, p99 %.2f ms (%d)   bare p50 %.2f ms, p99 %.2f ms%n",
                    k.name().toLowerCase(Locale.ROOT), pct(l, 0.5), pct(l, 0.99), l.length, pct(f, 0.5), pct(f, 0.99));
        }
        StringBuilder perRound = new StringBuilder();
        for (int i = 0; i < bare.size(); i++) {
            perRound.append(String.format(
                    "%s%.0f/%.0f",
                    i == 0 ? "" : ", ", bot.get(i).rate(), bare.get(i).rate()));
        }
        double ratio = botRate / bareRate;
        System.out.printf("requests per second per round (bot/bare): %s%n", perRound);
        System.out.printf("ratio bot/bare requests per second (medians): %.3f%n", ratio);
        double p99 = pct(m.all(), 0.99);
        if (rate > 0) {
            System.out.printf(
                    "target bot >= %.1f x bare: not measured here, it is about capacity: run closed loop "
                            + "(without -Dslack.load.rate)%n",
                    TARGET_RATIO);
        } else {
            System.out.printf(
                    "target bot >= %.1f x bare: %s (%.3f)%n",
                    TARGET_RATIO, ratio >= TARGET_RATIO ? "MET" : "MISSED", ratio);
        }
        System.out.printf(
                "target p99 <= %.0f ms: %s (bot %.2f ms, bare %.2f ms)%n",
                TARGET_P99_MS, p99 <= TARGET_P99_MS ? "MET" : "MISSED", p99, pct(b.all(), 0.99));
        long errors = b.errors + m.errors;
        System.out.printf(
                "target 0 errors: %s (bare %d, bot %d)%s%n",
                errors == 0 ? "MET" : "MISSED",
                b.errors,
                m.errors,
                b.firstError != null
                        ? "; first bare error: " + b.firstError
                        : m.firstError != null ? "; first bot error: " + m.firstError : "");
        System.out.printf(
                "response_url posts (warm-up included): %d clicks acknowledged, %d posts received, %d missing, "
                        + "%d malformed, %d failed as logged by the bot%s%n",
                expectedPosts,
                standIn.posts.get(),
                Math.max(0, expectedPosts - standIn.posts.get()),
                standIn.malformed.get(),
                warnings.count.get(),
                warnings.first == null ? "" : " (first: " + warnings.first + ")");
        System.out.printf("TCP_NODELAY on both servers: %s%n", nodelay);
    }

    static Phase merged(String name, List<Phase> rounds) {
        Phase p = new Phase(name);
        for (Kind k : Kind.values()) {
            p.latencies.put(
                    k,
                    rounds.stream().flatMapToLong(r -> Arrays.stream(r.of(k))).toArray());
        }
        for (Phase r : rounds) {
            p.requests += r.requests;
            p.errors += r.errors;
            p.seconds += r.seconds;
            if (p.firstError == null) p.firstError = r.firstError;
        }
        return p;
    }

    static String row(Phase p, double rate) {
        long[] all = p.all();
        return String.format(
                "%-6s %9d %8.1f %15.0f %8.2f %8.2f %8.2f %7d",
                p.name,
                p.requests,
                p.seconds,
                rate,
                pct(all, 0.5),
                pct(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                p.errors);
    }

    static String mix(Phase p) {
        StringBuilder sb = new StringBuilder();
        for (Kind k : Kind.values()) {
            sb.append(sb.length() == 0 ? "" : ", ")
                    .append(k.name().toLowerCase(Locale.ROOT))
                    .append(' ')
                    .append(String.format("%.0f%%", 100.0 * p.of(k).length / Math.max(1, p.requests)));
        }
        return sb.toString();
    }

    static long[] sorted(long[] a) {
        long[] s = a.clone();
        Arrays.sort(s);
        return s;
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------
    // Logs

    /** Counts the bot's warnings about click answers it could not post. */
    static final class PostCounter extends AppenderBase<ILoggingEvent> {
        final AtomicLong count = new AtomicLong();
        volatile @Nullable String first;

        @Override
        protected void append(ILoggingEvent e) {
            if (count.incrementAndGet() == 1) first = e.getFormattedMessage();
        }
    }

    /** Warnings and errors only, as Main does for the terminal. */
    static void quietLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
            ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
    }

    static PostCounter countWarnings() {
        PostCounter counter = new PostCounter();
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
            counter.setContext(ctx);
            counter.start();
            Logger listeners = ctx.getLogger(SlackListeners.class);
            listeners.addAppender(counter);
        }
        return counter;
    }
}
