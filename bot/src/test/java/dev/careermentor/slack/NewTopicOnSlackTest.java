package dev.careermentor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.Fixtures;
import dev.careermentor.TestBot;
import dev.careermentor.app.SlackSettings;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** A topic added to the knowledge alone answers /mentor by its name, alias and parts, through the real Bolt. */
class NewTopicOnSlackTest {

    @Test
    void theTopicAnswersByNameAliasAndPart() throws Exception {
        var knowledge = new KnowledgeLoader(Fixtures.CLOCK)
                .load("with-topic.yaml", Fixtures.minimalWithInterviewTopic().getBytes(StandardCharsets.UTF_8))
                .knowledge();
        TestBot bot = new TestBot(knowledge);
        try (FakeSlack slack = new FakeSlack()) {
            SlackAdapter adapter = new SlackAdapter(
                    new SlackSettings(SlackTestClient.SECRET, "xoxb-test-token", null, slack.apiUrl(), "127.0.0.1", 0),
                    bot.mentor(),
                    Clock.systemUTC(),
                    com.github.benmanes.caffeine.cache.Ticker.systemTicker(),
                    Executors.newSingleThreadExecutor());
            adapter.start();
            try {
                SlackTestClient client = new SlackTestClient(adapter.port(), slack);
                for (String text : new String[] {"topic interview prep", "interview prep", "interviews"}) {
                    JsonNode body = answer(client, text);
                    String all = BlockKitLimits.allText(body);
                    assertTrue(all.contains("Interview preparation") && all.contains("Sketch a serving stack"), all);
                }
                String part = BlockKitLimits.allText(answer(client, "interviews take-home"));
                assertTrue(part.contains("Ship a small RAG app with evals.") && !part.contains("Sketch"), part);
                String topics = BlockKitLimits.allText(answer(client, "topics"));
                assertTrue(topics.contains("Interview preparation"), topics);
            } finally {
                adapter.stop(Duration.ofSeconds(2));
            }
        }
    }

    private static JsonNode answer(SlackTestClient client, String text) throws Exception {
        HttpResponse<String> r = client.command("U0ALICE", text);
        assertEquals(200, r.statusCode(), text);
        JsonNode body = SlackTestClient.json(r);
        BlockKitLimits.check(body);
        return body;
    }
}
