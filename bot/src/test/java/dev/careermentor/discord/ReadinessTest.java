package dev.careermentor.discord;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Bot;
import dev.careermentor.Fixtures;
import dev.careermentor.Root;
import dev.careermentor.app.Config;
import dev.careermentor.discord.fake.FakeDiscord;
import dev.careermentor.discord.fake.FakeUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole bot as Main starts it for Discord: /health/ready follows the gateway connection. */
class ReadinessTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readyIsFalseWhileTheGatewayIsDownAndTrueOnceItIsBack(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
        try (FakeDiscord discord = FakeDiscord.start()) {
            var s = discord.settings(true);
            Config config = Config.from(Map.of(
                    "MENTOR_KNOWLEDGE_DIR", dir.toString(),
                    "MENTOR_DATA_DIR", tmp.resolve("data").toString(),
                    "MENTOR_OPS_PORT", "0",
                    "DISCORD_TOKEN", s.token(),
                    "DISCORD_GUILD_ID", s.guildId(),
                    "DISCORD_API_URL", s.apiUrl().toString(),
                    "DISCORD_GATEWAY_URL", s.gatewayUrl().toString()));
            try (Bot bot = Root.system(Map.of()).bot(config, Fixtures.minimal())) {
                int port = bot.ops().port();
                assertEquals(200, status(port, "/health/ready"));
                assertEquals(200, status(port, "/health/live"));

                discord.gateway().refuseConnections(true);
                discord.gateway().dropConnection();
                await("ready turns false").atMost(WAIT).until(() -> status(port, "/health/ready") == 503);
                assertEquals(200, status(port, "/health/live"), "the process still answers");

                discord.gateway().refuseConnections(false);
                await("ready turns true again").atMost(WAIT).until(() -> status(port, "/health/ready") == 200);
                var answer =
                        discord.callback(discord.slash(FakeUser.person("alice"), "salary", Map.of("name", "serving")));
                assertEquals(200, answer.status());
                String metrics = body(port, "/metrics");
                assertTrue(
                        metrics.contains(
                                "mentor_answers_total{command=\"salary\",kind=\"answer\",surface=\"discord\"}"),
                        "answers are counted per surface");
            }
        }
    }

    private int status(int port, String path) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private String body(int port, String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
