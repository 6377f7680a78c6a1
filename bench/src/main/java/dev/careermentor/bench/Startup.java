package dev.careermentor.bench;

import com.sun.net.httpserver.HttpServer;
import dev.careermentor.discord.fake.FakeDiscord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Process start to ready, measured from outside as an operator sees it: the real jar in a new JVM,
 * repeated and interleaved with and without the class-data archive, medians reported.
 *
 * <ul>
 *   <li>terminal: until the answer to the first piped command is printed;</li>
 *   <li>slack, discord, both: until /health/ready answers 200, against local stand-ins (a stub Slack Web
 *       API answering auth.test, and the fake Discord from the bot's tests).</li>
 * </ul>
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.careermentor.bench.Startup [runs] [archive]</pre>
 * Run from the repository root after {@code mvn -B package}; {@code archive} defaults to
 * bot/target/career-mentor.jsa and is skipped if absent.
 */
public final class Startup {
    private Startup() {}

    static final Path JAR = Path.of("bot/target/career-mentor.jar");
    static final Duration LIMIT = Duration.ofSeconds(60);

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path archive = Path.of(args.length > 1 ? args[1] : "bot/target/career-mentor.jsa");
        if (!Files.exists(JAR)) throw new IllegalStateException("build first: mvn -B package -DskipTests");
        boolean withArchive = Files.exists(archive);
        Path data = Files.createTempDirectory("startup-data");
        Map<String, List<Long>> results = new LinkedHashMap<>();
        try (SlackStub slack = new SlackStub();
                FakeDiscord discord = FakeDiscord.start()) {
            for (int i = 0; i < runs; i++) {
                for (boolean cds : withArchive ? new boolean[] {false, true} : new boolean[] {false}) {
                    List<String> jvm = jvmArgs(cds, archive);
                    measure(results, "terminal", cds, () -> terminal(jvm, data));
                    measure(results, "slack", cds, () -> platform(jvm, data, slack.env()));
                    measure(results, "discord", cds, () -> platform(jvm, data, discordEnv(discord)));
                    Map<String, String> both = new LinkedHashMap<>(slack.env());
                    both.putAll(discordEnv(discord));
                    measure(results, "slack+discord", cds, () -> platform(jvm, data, both));
                }
            }
        }
        System.out.println("mode,archive,runs,median_ms,min_ms,max_ms");
        results.forEach((key, times) -> {
            long[] t = times.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("%s,%d,%d,%d,%d%n", key, t.length, t[t.length / 2], t[0], t[t.length - 1]);
        });
    }

    interface Run {
        long millis() throws Exception;
    }

    private static void measure(Map<String, List<Long>> results, String mode, boolean cds, Run run) throws Exception {
        results.computeIfAbsent(mode + "," + (cds ? "yes" : "no"), k -> new ArrayList<>())
                .add(run.millis());
    }

    private static List<String> jvmArgs(boolean cds, Path archive) {
        List<String> a = new ArrayList<>(List.of("java"));
        if (cds) {
            // Debian's JDK 17 relocates archives by default (ArchiveRelocationMode=1), which costs more
            // than the archive saves; mapping at the requested address needs the diagnostic flag.
            a.addAll(List.of(
                    "-XX:+UnlockDiagnosticVMOptions",
                    "-XX:ArchiveRelocationMode=0",
                    "-XX:SharedArchiveFile=" + archive));
        }
        a.addAll(List.of("-jar", JAR.toString()));
        return a;
    }

    private static long terminal(List<String> jvm, Path data) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(jvm).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("MENTOR_DATA_DIR", data.toString());
        long start = System.nanoTime();
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream();
                BufferedReader out =
                        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            in.write("help\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            String line = out.readLine(); // "> help": the knowledge is loaded and the first answer printed
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (line == null || !line.startsWith("> help"))
                throw new IllegalStateException("unexpected output: " + line);
            return elapsed;
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    private static long platform(List<String> jvm, Path data, Map<String, String> env) throws Exception {
        int ops = freePort();
        ProcessBuilder pb = new ProcessBuilder(jvm)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        pb.environment().put("MENTOR_DATA_DIR", data.toString());
        pb.environment().put("MENTOR_OPS_PORT", Integer.toString(ops));
        pb.environment().put("MENTOR_LOG_LEVEL", "WARN");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops + "/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long start = System.nanoTime();
        Process p = pb.start();
        try {
            while (true) {
                if (!p.isAlive()) throw new IllegalStateException("the bot exited with " + p.exitValue());
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return (System.nanoTime() - start) / 1_000_000;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                if (System.nanoTime() - start > LIMIT.toNanos())
                    throw new IllegalStateException("not ready in " + LIMIT);
                Thread.sleep(5);
            }
        } finally {
            p.destroy(); // SIGTERM: the graceful shutdown
            p.waitFor();
        }
    }

    private static Map<String, String> discordEnv(FakeDiscord discord) {
        var s = discord.settings(true);
        return Map.of(
                "DISCORD_TOKEN",
                s.token(),
                "DISCORD_GUILD_ID",
                s.guildId(),
                "DISCORD_API_URL",
                s.apiUrl().toString(),
                "DISCORD_GATEWAY_URL",
                s.gatewayUrl().toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Slack's Web API as far as start-up needs it: auth.test says the token is good. */
    static final class SlackStub implements AutoCloseable {
        final HttpServer server;

        SlackStub() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            server.createContext("/api/", ex -> {
                ex.getRequestBody().readAllBytes();
                byte[] body = ("{\"ok\":true,\"url\":\"https://test.slack.com/\",\"team\":\"Test\",\"user\":\"mentor\","
                                + "\"team_id\":\"T0TEST\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}")
                        .getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
                ex.close();
            });
            server.start();
        }

        Map<String, String> env() {
            return Map.of(
                    "SLACK_BOT_TOKEN",
                    "xoxb-startup",
                    "SLACK_SIGNING_SECRET",
                    "startup-secret",
                    "SLACK_API_URL",
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/api/",
                    "MENTOR_SLACK_HOST",
                    "127.0.0.1",
                    "MENTOR_SLACK_PORT",
                    "0");
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    static String join(long[] t) {
        return Arrays.toString(t);
    }
}
