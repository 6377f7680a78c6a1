package dev.careermentor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.TestBot;
import dev.careermentor.app.SlackSettings;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Questions typed after /mentor in plain English or Chinese, through the real Bolt against the stand-in Slack. */
class FreeTextOnSlackTest {

    @Test
    void plainQuestionsAreAnsweredAndUncoveredOnesSaidPlainly() throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            SlackAdapter adapter = new SlackAdapter(
                    new SlackSettings(SlackTestClient.SECRET, "xoxb-test-token", null, slack.apiUrl(), "127.0.0.1", 0),
                    TestBot.real().mentor(),
                    Clock.systemUTC(),
                    com.github.benmanes.caffeine.cache.Ticker.systemTicker(),
                    Executors.newSingleThreadExecutor());
            adapter.start();
            try {
                SlackTestClient client = new SlackTestClient(adapter.port(), slack);

                JsonNode most = answer(client, "which specialization pays the most?");
                assertEquals("Pay ranked, senior", SlackHttpTest.header(most));
                String text = BlockKitLimits.allText(most);
                assertTrue(
                        text.contains("ML researcher / research engineer pays the most") && text.contains("$400K–$1M+"),
                        text);
                assertTrue(text.contains("[six-specializations]"), "the source: " + text);

                String zh = BlockKitLimits.allText(answer(client, "做微调需要会哪些技能"));
                assertTrue(zh.contains("DeepSpeed") && zh.contains("FSDP"), zh);

                JsonNode outside = answer(client, "how much does a robotics engineer make?");
                assertEquals("Not in my sources", SlackHttpTest.header(outside));
                String why = BlockKitLimits.allText(outside);
                assertTrue(why.contains("no pay for that job") && why.contains("My sources cover"), why);
                assertFalse(why.contains("$1"), "no figure for another job: " + why);
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
