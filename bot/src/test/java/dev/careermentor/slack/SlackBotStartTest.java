package dev.careermentor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Bot;
import dev.careermentor.Fixtures;
import dev.careermentor.Root;
import dev.careermentor.app.Config;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole bot as Main starts it for Slack over HTTP: ready when listening, and fail-fast on a bad token. */
class SlackBotStartTest {
    @TempDir
    Path tmp;

    private Map<String, String> env(FakeSlack slack) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
        Map<String, String> env = new HashMap<>();
        env.put("MENTOR_KNOWLEDGE_DIR", dir.toString());
        env.put("MENTOR_DATA_DIR", tmp.resolve("data").toString());
        env.put("MENTOR_OPS_PORT", "0");
        env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
        env.put("SLACK_SIGNING_SECRET", SlackTestClient.SECRET);
        env.put("SLACK_API_URL", slack.apiUrl().toString());
        env.put("MENTOR_SLACK_HOST", "127.0.0.1");
        env.put("MENTOR_SLACK_PORT", "0");
        return env;
    }

    @Test
    void theBotServesSlackAndReportsReady() throws Exception {
        FakeSlack slack = new FakeSlack();
        try (Bot bot = Root.system(env(slack)).bot(Config.from(env(slack)), Fixtures.minimal())) {
            var http = HttpClient.newHttpClient();
            HttpResponse<String> ready = http.send(
                    HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + bot.ops().port() + "/health/ready"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ready.statusCode());
            assertTrue(ready.body().contains("\"slack\":\"connected\""), ready.body());
            SlackAdapter adapter = (SlackAdapter) bot.adapters().get(0);
            var client = new SlackTestClient(adapter.port(), slack);
            assertEquals(200, client.command("U1", "salary serving senior").statusCode());
            adapter.stop(java.time.Duration.ofSeconds(1));
            HttpResponse<String> down = http.send(
                    HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + bot.ops().port() + "/health/ready"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, down.statusCode(), "not ready once Slack stops listening");
        } finally {
            slack.close();
        }
    }

    @Test
    void aTokenSlackRefusesStopsTheStartNamingTheVariable() throws Exception {
        FakeSlack slack = new FakeSlack();
        try {
            slack.rejectToken();
            Bot.StartException e = assertThrows(
                    Bot.StartException.class,
                    () -> Root.system(env(slack)).bot(Config.from(env(slack)), Fixtures.minimal()));
            assertTrue(e.getMessage().contains("SLACK_BOT_TOKEN"), e.getMessage());
            assertTrue(e.getMessage().contains("did not accept"), e.getMessage());
        } finally {
            slack.close();
        }
    }

    @Test
    void anUnreachableSlackIsToldApartFromARejectedToken() throws Exception {
        FakeSlack slack = new FakeSlack();
        Map<String, String> env = env(slack);
        slack.close();
        // Nothing listens there any more: the connection is refused.
        Bot.StartException refused = assertThrows(
                Bot.StartException.class, () -> Root.system(env).bot(Config.from(env), Fixtures.minimal()));
        assertTrue(refused.getMessage().contains("Slack could not be reached: connecting to"), refused.getMessage());
        assertFalse(refused.getMessage().contains("did not accept"), "the token is not blamed");
        // A name that never resolves (the .invalid top-level domain is reserved for that).
        env.put("SLACK_API_URL", "http://slack-stand-in.invalid/api/");
        Bot.StartException dns = assertThrows(
                Bot.StartException.class, () -> Root.system(env).bot(Config.from(env), Fixtures.minimal()));
        assertTrue(dns.getMessage().contains("does not resolve (DNS)"), dns.getMessage());
    }

    /**
     * Serving many workspaces as Main starts it from the environment: the installations go to the database the
     * bot opens in its data folder, migrated at start, and are still there after a restart.
     */
    @Test
    void manyWorkspacesInstallThroughTheBotAndStayInstalledAcrossARestart() throws Exception {
        FakeSlack slack = new FakeSlack();
        slack.app(SlackManyWorkspacesTest.CLIENT_ID, SlackManyWorkspacesTest.CLIENT_SECRET);
        Map<String, String> env = env(slack);
        env.remove("SLACK_BOT_TOKEN");
        env.put("SLACK_CLIENT_ID", SlackManyWorkspacesTest.CLIENT_ID);
        env.put("SLACK_CLIENT_SECRET", SlackManyWorkspacesTest.CLIENT_SECRET);
        try {
            try (Bot bot = Root.system(env).bot(Config.from(env), Fixtures.minimal())) {
                SlackAdapter adapter = (SlackAdapter) bot.adapters().get(0);
                assertEquals(List.of(), slack.apiCalls(), "no token to check at start");
                var installed = new InstallBrowser(adapter.port(), slack).install(SlackManyWorkspacesTest.ONE);
                assertEquals(200, installed.statusCode(), installed.body());
            }
            Path file = tmp.resolve("data").resolve("mentor.mv.db");
            assertTrue(Files.exists(file), "an H2 file in the data folder");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), "tokens");
            assertEquals(
                    "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("data"))));
            try (Bot again = Root.system(env).bot(Config.from(env), Fixtures.minimal())) {
                SlackAdapter adapter = (SlackAdapter) again.adapters().get(0);
                var one = new SlackTestClient(adapter.port(), slack, SlackManyWorkspacesTest.ONE.teamId());
                var answer = SlackTestClient.json(one.command("U1", "help"));
                assertEquals("Career Mentor: commands", SlackHttpTest.header(answer), answer.toString());
                var two = new SlackTestClient(adapter.port(), slack, SlackManyWorkspacesTest.TWO.teamId());
                assertEquals(
                        SqlInstallationService.NOT_INSTALLED,
                        SlackTestClient.json(two.command("U2", "help"))
                                .path("text")
                                .asText());
            }
        } finally {
            slack.close();
        }
    }
}
