package dev.careermentor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.Fixtures;
import dev.careermentor.Root;
import dev.careermentor.app.MentorApp;
import dev.careermentor.app.SlackSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /mentor-admin, Outdated? reports and refusal metrics through the real Bolt app. */
class SlackModerationTest {
    static final String MOD = "U0MOD";
    static final String USER = "U0USER";

    @TempDir
    Path tmp;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private FakeSlack slack;
    private MentorApp app;
    private SlackAdapter adapter;
    private SlackTestClient client;

    @BeforeEach
    void start() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
        app = MentorApp.builder(Fixtures.minimal())
                .clock(Fixtures.CLOCK)
                .metrics(registry)
                .moderation(dir, tmp.resolve("data"), null)
                .build();
        slack = new FakeSlack();
        SlackSettings settings = new SlackSettings(
                SlackTestClient.SECRET, "xoxb-test-token", null, slack.apiUrl(), "127.0.0.1", 0, Set.of(MOD));
        adapter = Root.system(Map.of()).slack(settings, app.mentor(), Executors.newSingleThreadExecutor());
        adapter.start();
        client = new SlackTestClient(adapter.port(), slack);
    }

    @AfterEach
    void stop() throws Exception {
        adapter.stop(Duration.ofSeconds(2));
        slack.close();
        app.close();
    }

    private HttpResponse<String> admin(String user, String text) throws Exception {
        return client.post(client.commandBody(user, text, client.unique())
                .replace("command=%2Fmentor", "command=%2Fmentor-admin"));
    }

    @Test
    void onlyListedModeratorsRunAdminCommandsAndRefusalsAreCounted() throws Exception {
        JsonNode refused = SlackTestClient.json(admin(USER, "reload"));
        assertEquals("ephemeral", refused.path("response_type").asText());
        assertTrue(refused.toString().contains("Only moderators can do that"), refused.toString());
        JsonNode status = SlackTestClient.json(admin(MOD, "status"));
        BlockKitLimits.check(status);
        assertTrue(status.toString().contains("Knowledge status"), status.toString());
        assertTrue(status.toString().contains(app.knowledge().get().version()));
        assertEquals(
                1.0,
                registry.get("mentor.refusals")
                        .tag("reason", "permission")
                        .counter()
                        .count());
    }

    @Test
    void aModeratorReloadsAnEditAndItIsAudited() throws Exception {
        Path file = tmp.resolve("knowledge/knowledge.yaml");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace("early: { min: 180000, max: 280000 }", "early: { min: 190000, max: 290000 }"));
        JsonNode reply = SlackTestClient.json(admin(MOD, "reload"));
        assertTrue(reply.toString().contains("Reloaded"), reply.toString());
        var entry = app.moderation().reloader().audit().recent(1).get(0);
        assertEquals("slack", entry.actor().surface());
        assertEquals(MOD, entry.actor().userId());
        assertEquals(MOD.toLowerCase(java.util.Locale.ROOT), entry.actor().name());
    }

    @Test
    void anOutdatedClickIsRecordedAndThanked() throws Exception {
        JsonNode answer = SlackTestClient.json(client.command(USER, "salary serving"));
        String outdated = null;
        for (JsonNode block : answer.path("blocks")) {
            for (JsonNode el : block.path("elements")) {
                if (el.path("text").path("text").asText().equals("Outdated?"))
                    outdated = el.path("action_id").asText();
            }
        }
        assertTrue(outdated != null && outdated.startsWith("cm1:o:"), answer.toString());
        assertEquals(200, client.click(USER, outdated, "outdated").statusCode());
        FakeSlack.Post post = slack.nextPost();
        assertEquals("ephemeral", post.body().path("response_type").asText());
        assertTrue(post.body().toString().contains("Thanks for the report"));
        assertEquals(1, app.moderation().reports().size());
        assertEquals("slack", app.moderation().reports().latest(1).get(0).surface());
    }

    @Test
    void badSignaturesAreRefusedAndCounted() throws Exception {
        String body = client.commandBody(USER, "help", client.unique());
        HttpResponse<String> r = client.send(body, SlackTestClient.now(), "v0=" + "0".repeat(64));
        assertEquals(401, r.statusCode());
        assertEquals(
                1.0,
                registry.get("mentor.refusals")
                        .tag("reason", "bad_signature")
                        .counter()
                        .count());
    }
}
