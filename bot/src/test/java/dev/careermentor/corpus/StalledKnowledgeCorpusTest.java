package dev.careermentor.corpus;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.Bot;
import dev.careermentor.Fifos;
import dev.careermentor.Fixtures;
import dev.careermentor.Root;
import dev.careermentor.app.Config;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeDiscord;
import dev.careermentor.discord.fake.FakeUser;
import dev.careermentor.discord.fake.Interaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stalled-file part of the fault corpus (issue 14): the whole bot as Main starts it for Discord, its
 * folder watcher on, while knowledge.yaml is replaced by a named pipe, which blocks whoever opens it as a
 * stalled mount does. Questions keep being answered, every /mentor-admin reload is answered promptly
 * (never left at "thinking…"), /health/ready says the folder cannot be read, and a good file put back is
 * picked up by the watcher.
 */
class StalledKnowledgeCorpusTest {
    /** Far below the minutes a wedged reload used to hang, far above a loaded machine's answer time. */
    private static final Duration PROMPT = Duration.ofSeconds(8);

    private final HttpClient http = HttpClient.newHttpClient();
    private final FakeUser owner = FakeUser.person("owner");

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPipeInPlaceOfTheKnowledgeFileWedgesNothing(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Path file = dir.resolve("knowledge.yaml");
        Files.writeString(file, Fixtures.minimalText());
        try (FakeDiscord discord = FakeDiscord.start()) {
            var s = discord.settings(true);
            Config config = Config.from(Map.of(
                    "MENTOR_KNOWLEDGE_DIR", dir.toString(),
                    "MENTOR_DATA_DIR", tmp.resolve("data").toString(),
                    "MENTOR_OPS_PORT", "0",
                    "DISCORD_TOKEN", s.token(),
                    "DISCORD_GUILD_ID", s.guildId(),
                    "DISCORD_API_URL", s.apiUrl().toString(),
                    "DISCORD_GATEWAY_URL", s.gatewayUrl().toString(),
                    "DISCORD_MODERATOR_ROLE_ID", discord.moderatorRoleId));
            Bot bot = Root.system(Map.of()).bot(config, Fixtures.minimal());
            try {
                int port = bot.ops().port();
                assertEquals(200, status(port));
                String live = bot.app().knowledge().get().version();

                Fifos.make(file); // the watcher sees the change and reloads; so does every moderator below
                List<Interaction> reloads = new ArrayList<>();
                List<Interaction> questions = new ArrayList<>();
                long start = System.nanoTime();
                for (int i = 0; i < 20; i++) {
                    reloads.add(admin(discord, "reload"));
                    questions.add(discord.slash(FakeUser.person("member" + i), "salary", Map.of("name", "serving")));
                }
                for (Interaction q : questions) {
                    String text = texts(embed(discord.answer(q)));
                    assertTrue(text.contains("$180K"), "the salary answer, from the live version: " + text);
                }
                for (Interaction r : reloads) {
                    String title = embed(discord.answer(r)).path("title").asText();
                    assertTrue(
                            title.startsWith("Reload refused") || title.startsWith("A reload is already running"),
                            title);
                }
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertTrue(took.compareTo(PROMPT.multipliedBy(2)) < 0, "20 reloads and 20 questions took " + took);
                assertEquals(live, bot.app().knowledge().get().version(), "the last good version stays live");

                await("readiness reports the folder")
                        .atMost(Duration.ofSeconds(15))
                        .until(() -> body(port).contains("\"knowledge_folder\":\"unreadable"));
                assertEquals(200, status(port), "the bot still serves its last good knowledge: it stays ready");
                String statusText = texts(embed(discord.answer(admin(discord, "status"))));
                assertTrue(statusText.contains("not a regular file"), statusText);

                Files.delete(file);
                Files.writeString(file, Fixtures.minimalText().replace("Make models fast.", "Make models fast again."));
                await("the watcher picks up the good file")
                        .atMost(Duration.ofSeconds(15))
                        .until(() -> !bot.app().knowledge().get().version().equals(live));
                await("readiness sees the folder again")
                        .atMost(Duration.ofSeconds(15))
                        .until(() -> body(port).contains("\"knowledge_folder\":\"ok\""));
            } finally {
                Fifos.release(file);
                bot.close();
            }
        }
    }

    private Interaction admin(FakeDiscord discord, String sub) {
        return discord.slashAs(owner, "mentor-admin", sub, Map.of(), 0, List.of(discord.moderatorRoleId));
    }

    private static JsonNode embed(Exchange e) {
        JsonNode m = e.message();
        assertTrue(m != null && m.path("embeds").size() >= 1, "an embed expected in " + e);
        return m.path("embeds").get(0);
    }

    private static String texts(JsonNode embed) {
        StringBuilder sb = new StringBuilder(embed.path("title").asText())
                .append('\n')
                .append(embed.path("description").asText());
        for (JsonNode f : embed.path("fields"))
            sb.append('\n')
                    .append(f.path("name").asText())
                    .append('\n')
                    .append(f.path("value").asText());
        return sb.toString();
    }

    private int status(int port) throws Exception {
        return http.send(ready(port), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String body(int port) throws Exception {
        return http.send(ready(port), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static HttpRequest ready(int port) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
    }
}
