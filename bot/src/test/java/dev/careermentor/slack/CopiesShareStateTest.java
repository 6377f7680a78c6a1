package dev.careermentor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.store.TestPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's promise, end to end: two bot processes in Slack HTTP mode behind one load balancer, sharing
 * one PostgreSQL. A retried command reaching the other copy is answered once; a Share click delivered to
 * both is posted once; a user's cooldown budget is one budget; every audit entry, report and usage count
 * from both arrives in the database exactly once.
 */
class CopiesShareStateTest {
    private static final String ALICE = "U0ALICE";
    private static final String BOB = "U0BOB";
    private static final String CAROL = "U0CAROL";
    private static final int BUDGET = 6;

    @TempDir
    Path tmp;

    private record Copy(Process process, int slackPort, int opsPort, Path log) {}

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private Copy start(String name, String databaseUrl, FakeSlack slack) throws Exception {
        int slackPort = freePort();
        int opsPort = freePort();
        Path data = Files.createDirectories(tmp.resolve("data-" + name));
        Path log = tmp.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.careermentor.Main");
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("MENTOR_") || k.startsWith("SLACK_") || k.startsWith("DISCORD_"));
        env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
        env.put("SLACK_SIGNING_SECRET", SlackTestClient.SECRET);
        env.put("SLACK_API_URL", slack.apiUrl().toString());
        env.put("MENTOR_SLACK_HOST", "127.0.0.1");
        env.put("MENTOR_SLACK_PORT", Integer.toString(slackPort));
        env.put("MENTOR_SLACK_MODERATORS", ALICE);
        env.put("MENTOR_OPS_PORT", Integer.toString(opsPort));
        env.put(
                "MENTOR_KNOWLEDGE_DIR",
                Path.of("..", "knowledge").toAbsolutePath().toString());
        env.put("MENTOR_WATCH_KNOWLEDGE", "false");
        env.put("MENTOR_DATA_DIR", data.toString());
        env.put("MENTOR_DATABASE_URL", databaseUrl);
        env.put("MENTOR_COOLDOWN_COMMANDS", BUDGET + "/600s");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        return new Copy(pb.start(), slackPort, opsPort, log);
    }

    private static void awaitReady(Copy c) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(until)) {
            if (!c.process().isAlive()) throw new AssertionError("the copy ended: " + Files.readString(c.log()));
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + c.opsPort() + "/health/ready"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready within 90 s: " + Files.readString(c.log()));
    }

    private static void stop(Copy c) throws Exception {
        c.process().destroy(); // SIGTERM: the bot drains, flushes its counts and closes the database
        if (!c.process().waitFor(30, TimeUnit.SECONDS)) {
            c.process().destroyForcibly();
            throw new AssertionError("did not stop within 30 s: " + Files.readString(c.log()));
        }
    }

    private static boolean answered(HttpResponse<String> r) throws IOException {
        assertEquals(200, r.statusCode());
        return !r.body().isBlank() && SlackTestClient.json(r).path("blocks").size() > 0;
    }

    private static String header(HttpResponse<String> r) throws IOException {
        return SlackTestClient.json(r)
                .path("blocks")
                .path(0)
                .path("text")
                .path("text")
                .asText();
    }

    @Test
    void twoCopiesOnOneDatabaseAnswerOncePostOnceAndCountEverythingOnce() throws Exception {
        String url = TestPostgres.newDatabase();
        try (FakeSlack slack = new FakeSlack()) {
            Copy a = start("a", url, slack);
            Copy b = start("b", url, slack);
            List<Copy> both = List.of(a, b);
            try {
                awaitReady(a);
                awaitReady(b);
                SlackTestClient toA = new SlackTestClient(a.slackPort(), slack);
                SlackTestClient toB = new SlackTestClient(b.slackPort(), slack);

                // 1. A slash command, then Slack's retry of it, which the load balancer sends to the other copy.
                String trigger = toA.unique();
                String command = toA.commandBody(ALICE, "specialization serving", trigger);
                HttpResponse<String> first = toA.post(command);
                HttpResponse<String> retry =
                        toB.post(command, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout");
                assertTrue(answered(first), first.body());
                assertTrue(
                        !answered(retry), "the retry on the other copy is acknowledged, not answered: " + retry.body());

                // 2. One Share click, delivered to both copies: one post in the channel.
                JsonNode answer = SlackTestClient.json(first);
                String share = SlackHttpTest.actionId(answer, "Share to channel");
                String click = toA.clickBody(ALICE, share, toA.unique(), "share");
                assertEquals(200, toA.post(click).statusCode());
                assertEquals(200, toB.post(click, "X-Slack-Retry-Num", "1").statusCode());
                FakeSlack.Post posted = slack.nextPost();
                assertEquals(
                        "in_channel",
                        posted.body().path("response_type").asText(),
                        posted.body().toString());
                Thread.sleep(1_500);
                assertTrue(slack.noPostWaiting(), "posted once, not once per copy");

                // 3. Bob's budget is one budget, whichever copy takes his commands.
                int bobAnswered = 0;
                int bobRefused = 0;
                for (int i = 0; i < BUDGET + 2; i++) {
                    SlackTestClient to = i % 2 == 0 ? toA : toB;
                    HttpResponse<String> r = to.command(BOB, "salary mlops");
                    assertTrue(answered(r), r.body());
                    if (header(r).startsWith("Slow down")) bobRefused++;
                    else bobAnswered++;
                }
                assertEquals(BUDGET, bobAnswered, "six commands across both copies, then refused");
                assertEquals(2, bobRefused);

                // 4. "Outdated?" reports: Alice on A, Carol on B, Alice again on B (a repeat): two reports.
                String outdated = SlackHttpTest.actionId(answer, "Outdated?");
                assertEquals(200, toA.click(ALICE, outdated, "report-1").statusCode());
                assertEquals(200, toB.click(CAROL, outdated, "report-2").statusCode());
                assertEquals(200, toB.click(ALICE, outdated, "report-3").statusCode());
                for (int i = 0; i < 3; i++) slack.nextPost();

                // 5. A moderator's reload through copy B: one audit entry more.
                String admin = toB.commandBody(ALICE, "reload", toB.unique()).replace("%2Fmentor", "%2Fmentor-admin");
                HttpResponse<String> reload = toB.post(admin);
                assertTrue(answered(reload), reload.body());
            } finally {
                for (Copy c : both) stop(c);
            }

            try (Connection c = DriverManager.getConnection(url);
                    Statement s = c.createStatement()) {
                List<String> audit = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT entry FROM audit_log ORDER BY id")) {
                    while (r.next())
                        audit.add(FakeSlack.JSON
                                .readTree(r.getString(1))
                                .path("trigger")
                                .asText());
                }
                assertEquals(List.of("startup", "startup", "manual"), audit, "each copy's start and the reload, once");

                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM reports")) {
                    r.next();
                    assertEquals(2, r.getInt(1), "Alice's repeat on the other copy is not a second report");
                }

                Map<String, Long> commands = new TreeMap<>();
                try (ResultSet r = s.executeQuery(
                        "SELECT name, SUM(n) FROM usage_counts WHERE kind = 'command' " + "GROUP BY name")) {
                    while (r.next()) commands.put(r.getString(1), r.getLong(2));
                }
                // The command and its shared copy in the channel are two answers; the retry and the Share
                // delivered to both copies add nothing.
                assertEquals(
                        Map.of("specialization", 2L, "salary", (long) BUDGET),
                        commands,
                        "every answer counted once, by whichever copy gave it");
            }
        }
    }
}
