package dev.careermentor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.careermentor.FakeTicker;
import dev.careermentor.Fifos;
import dev.careermentor.Fixtures;
import dev.careermentor.MovableClock;
import dev.careermentor.TestBot;
import dev.careermentor.adapter.PlatformAdapter;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.session.Cooldowns;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ops endpoint over real HTTP, the Prometheus series moving as the bot works, and cooldowns. */
class OpsAndMetricsTest {
    @TempDir
    Path tmp;

    private final FakeTicker ticker = new FakeTicker();
    /** Cooldown budgets run on the store's clock: the test moves it with the ticker. */
    private final MovableClock clock = MovableClock.at(Fixtures.CLOCK.instant());

    private final PrometheusMeterRegistry registry = Metrics.registry();
    private final AtomicBoolean slackUp = new AtomicBoolean(false);
    private MentorApp app;
    private OpsServer ops;
    private final HttpClient http = HttpClient.newHttpClient();
    private final User user = new User(Surface.SLACK, "T1", "U1");

    /** A platform whose connection the test switches on and off. */
    private final PlatformAdapter slack = new PlatformAdapter() {
        @Override
        public String name() {
            return "slack";
        }

        @Override
        public void start() {}

        @Override
        public boolean ready() {
            return slackUp.get();
        }

        @Override
        public void stop(Duration grace) {}
    };

    @BeforeEach
    void setUp() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
        app = MentorApp.builder(new KnowledgeLoader(Fixtures.CLOCK).load(dir).knowledge())
                .clock(clock)
                .ticker(ticker)
                .moderation(dir, tmp.resolve("data"), null)
                .metrics(registry)
                .cooldowns(Cooldowns.Settings.DEFAULT)
                .build();
        ops = new OpsServer(
                "127.0.0.1",
                0,
                HttpLimits.DEFAULT,
                Ticker.systemTicker(),
                registry,
                () -> app.knowledge().get() != null,
                app::knowledgeFolderProblem,
                List.of(slack));
        ops.start();
    }

    @AfterEach
    void tearDown() throws Exception {
        ops.close();
        app.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void livenessIsAlwaysOkAndReadinessFollowsThePlatforms() throws Exception {
        assertEquals(200, get("/health/live").statusCode());
        HttpResponse<String> down = get("/health/ready");
        assertEquals(503, down.statusCode());
        assertTrue(down.body().contains("\"slack\":\"down\""), down.body());
        slackUp.set(true);
        HttpResponse<String> up = get("/health/ready");
        assertEquals(200, up.statusCode());
        assertTrue(up.body().contains("\"status\":\"ready\""), up.body());
        assertEquals(404, get("/nope").statusCode());
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.port() + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Issue 14, item 9: before, any method and any path that began with a known one was answered 200. */
    @Test
    void onlyExactPathsAndOnlyGetAndHeadAreServed() throws Exception {
        for (String path : List.of("/health/live", "/health/ready", "/metrics")) {
            int ok = path.equals("/health/ready") ? 503 : 200; // no platform is connected here
            assertEquals(ok, send("GET", path).statusCode(), "GET " + path);
            HttpResponse<String> head = send("HEAD", path);
            assertEquals(ok, head.statusCode(), "HEAD " + path);
            assertEquals("", head.body(), "HEAD " + path + " has no body");
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
                HttpResponse<String> r = send(method, path);
                assertEquals(405, r.statusCode(), method + " " + path);
                assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""), method + " " + path);
            }
        }
        for (String path : List.of(
                "/metricsfoo",
                "/metrics/",
                "/metrics/x",
                "/health/livex",
                "/health/live/",
                "/health",
                "/health/",
                "/",
                "/HEALTH/LIVE")) {
            assertEquals(404, get(path).statusCode(), "GET " + path);
            assertEquals(404, send("POST", path).statusCode(), "POST " + path);
        }
        assertEquals(200, get("/health/live?probe=1").statusCode(), "a query does not change the path");
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 30, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void readinessReportsAKnowledgeFolderThatCannotBeReadAndStaysReady() throws Exception {
        slackUp.set(true);
        HttpResponse<String> fine = get("/health/ready");
        assertTrue(fine.body().contains("\"knowledge_folder\":\"ok\""), fine.body());
        Path file = tmp.resolve("knowledge/knowledge.yaml");
        Fifos.make(file);
        try {
            app.mentor().handleAdmin(user, "mod", true, "reload");
            HttpResponse<String> r = get("/health/ready");
            assertEquals(200, r.statusCode(), "the last good version is still served: " + r.body());
            assertTrue(r.body().contains("\"status\":\"ready\""), r.body());
            assertTrue(
                    r.body()
                            .contains("\"knowledge_folder\":\"unreadable: cannot be read since "
                                    + Fixtures.CLOCK.instant() + ": not a regular file"),
                    r.body());
        } finally {
            Fifos.release(file);
        }
        Files.delete(file);
        Files.writeString(file, Fixtures.minimalText());
        app.mentor().handleAdmin(user, "mod", true, "validate");
        assertTrue(get("/health/ready").body().contains("\"knowledge_folder\":\"ok\""));
    }

    @Test
    void metricsAreValidPrometheusTextAndTheSeriesMove() throws Exception {
        String before = get("/metrics").body();
        double answers =
                Prometheus.value(before, "mentor_answers_total", Map.of("command", "salary", "surface", "slack"));
        app.mentor().handleText(user, "salary serving");
        app.mentor().handleText(user, "salary");
        Reply q = app.mentor().handleText(user, "quiz");
        for (int i = 0; i < 4; i++) q = app.mentor().handleComponent(user, TestBot.choice(q, 0));
        app.mentor().handleAdmin(new User(Surface.SLACK, "T1", "U2"), "x", false, "reload");
        app.mentor().handleAdmin(user, "mod", true, "reload");

        HttpResponse<String> r = get("/metrics");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String text = r.body();
        Prometheus.parse(text); // every line parses
        assertEquals(
                answers + 2,
                Prometheus.value(text, "mentor_answers_total", Map.of("command", "salary", "surface", "slack")));
        assertEquals(1, Prometheus.value(text, "mentor_quiz_started_total", Map.of()));
        assertEquals(1, Prometheus.value(text, "mentor_quiz_completed_total", Map.of("specialization", "applied-llm")));
        assertEquals(1, Prometheus.value(text, "mentor_refusals_total", Map.of("reason", "permission")));
        assertEquals(1, Prometheus.value(text, "mentor_knowledge_reloads_total", Map.of("result", "unchanged")));
        assertEquals(
                1,
                Prometheus.value(
                        text,
                        "mentor_knowledge_info",
                        Map.of("version", app.knowledge().get().version())));
        assertEquals(1, Prometheus.value(text, "mentor_sessions_active", Map.of()));
        assertTrue(Prometheus.value(text, "mentor_answer_latency_seconds_count", Map.of("surface", "slack")) >= 7);
        assertTrue(text.contains("mentor_answer_latency_seconds_bucket"), "a histogram");
    }

    @Test
    void everySeriesAnAlertWatchesExistsAtZeroFromStart() throws Exception {
        String text = get("/metrics").body();
        // The alerts in docs/operations.md use increase() and rate(): a series that first appears at 1
        // never fires them, so each must be there, at 0, before anything happened.
        String docs =
                Files.readString(Fixtures.knowledgeDir().resolveSibling("docs").resolve("operations.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("`(mentor_\\w+_total)\\{(\\w+)=\"(\\w+)\"\\}`")
                .matcher(docs);
        int alerts = 0;
        while (m.find()) {
            alerts++;
            String series = m.group(1);
            Map<String, String> labels = Map.of(m.group(2), m.group(3));
            assertTrue(
                    Prometheus.parse(text).stream()
                            .anyMatch(x -> x.name().equals(series)
                                    && x.labels().entrySet().containsAll(labels.entrySet())),
                    series + labels + " is published from start:\n" + text);
            assertEquals(0, Prometheus.value(text, series, labels), series + labels);
        }
        assertTrue(alerts >= 2, "docs/operations.md names the series its alerts watch");
        assertEquals(
                0,
                Prometheus.value(text, "mentor_refusals_total", Map.of("reason", "bad_signature", "surface", "slack")));
        assertEquals(0, Prometheus.value(text, "mentor_knowledge_reloads_total", Map.of("result", "failed")));
    }

    @Test
    void namesFollowPrometheusRulesAndTheBuildIsLabelled() throws Exception {
        Metrics.bindJvm(registry);
        app.mentor().handleText(user, "salary");
        String text = get("/metrics").body();
        BuildInfo build = BuildInfo.current();
        assertEquals(
                1,
                Prometheus.value(
                        text, "mentor_build_info", Map.of("version", build.version(), "revision", build.revision())));
        assertFalse(build.version().contains("SNAPSHOT"), "a release version: " + build.version());
        assertTrue(Prometheus.value(text, "mentor_knowledge_loaded_timestamp_seconds", Map.of()) > 1_700_000_000);
        for (String line : text.lines().toList()) {
            if (!line.startsWith("# TYPE ")) continue;
            String[] parts = line.split(" ", -1);
            String name = parts[2];
            String type = parts[3];
            assertTrue(name.matches("[a-z_:][a-z0-9_:]*"), line);
            // promtool check metrics: counters end in _total, no non-base units, no count gauges named _count.
            if (type.equals("counter")) assertTrue(name.endsWith("_total"), "a counter ends in _total: " + line);
            for (String unit : List.of("_ns", "_ms", "_us", "_milliseconds", "_nanoseconds", "_kilobytes")) {
                assertFalse(name.contains(unit + "_") || name.endsWith(unit), "base units only: " + line);
            }
            if (type.equals("gauge")) assertFalse(name.endsWith("_count"), "a gauge named like a count: " + line);
        }
        assertFalse(text.contains("process_cpu_time_ns_total"), "dropped: promtool rejects its unit");
        assertFalse(text.contains("system_cpu_count"), "dropped: a gauge that reads as a counter");
        long buckets = text.lines()
                .filter(l -> l.startsWith("mentor_answer_latency_seconds_bucket{") && l.contains("surface=\"slack\""))
                .count();
        assertTrue(buckets >= 10 && buckets <= 20, "a sensible number of latency buckets per surface: " + buckets);
    }

    @Test
    void jvmAndProcessMetricsArePublishedWhenBound() throws Exception {
        Metrics.bindJvm(registry);
        String text = get("/metrics").body();
        assertTrue(Prometheus.value(text, "jvm_memory_used_bytes", Map.of()) > 0);
        assertTrue(Prometheus.value(text, "process_uptime_seconds", Map.of()) > 0);
        assertTrue(text.contains("jvm_threads_live_threads"));
    }

    @Test
    void aFloodIsToldToSlowDownCountedAndAdminCommandsAreNotLimited() throws Exception {
        for (int i = 0; i < 10; i++)
            assertEquals(
                    "Salary ranges", app.mentor().handleText(user, "salary").title());
        Reply slow = app.mentor().handleText(user, "salary");
        assertEquals("Slow down a little", slow.title());
        assertTrue(slow.text().contains("Try again in 2 s"), slow.text());
        for (int i = 0; i < 20; i++) {
            assertEquals(
                    "Knowledge status",
                    app.mentor().handleAdmin(user, "mod", true, "status").title());
        }
        ticker.advance(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertEquals("Salary ranges", app.mentor().handleText(user, "salary").title());
        String text = get("/metrics").body();
        assertEquals(1, Prometheus.value(text, "mentor_refusals_total", Map.of("reason", "cooldown")));
        assertEquals(Reply.Kind.ERROR, app.mentor().handleText(user, "salary").kind(), "no tokens left again");
    }
}
