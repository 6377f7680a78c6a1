package dev.careermentor.discord;

import static dev.careermentor.discord.Harness.embed;
import static dev.careermentor.discord.Harness.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.TestBot;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeUser;
import dev.careermentor.discord.fake.Interaction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nothing the bot sends can ping: not knowledge text, not echoed input, not an edit. */
class MentionsTest {
    private final FakeUser alice = FakeUser.person("alice");

    @Test
    void echoedMassMentionsAreSentWithMentionsOff() throws Exception {
        try (Harness h = Harness.start(TestBot.real().mentor())) {
            for (Interaction i : List.of(
                    h.discord.slash(alice, "specialization", Map.of("name", "@everyone")),
                    h.discord.slash(alice, "ask", Map.of("question", "@here <@&123456789012345678> zzzz qqqq")),
                    h.discord.slash(alice, "compare", Map.of("first", "<@123456789012345678>", "second", "serving")))) {
                Exchange e = h.discord.callback(i);
                assertEquals(200, e.status());
                JsonNode allowed = e.message().path("allowed_mentions");
                assertTrue(
                        allowed.path("parse").isArray() && allowed.path("parse").isEmpty(), e.toString());
                String shown = texts(embed(e));
                assertFalse(
                        shown.contains("@everyone") || shown.contains("@here") || shown.contains("<@"),
                        "mention syntax is broken up so it can't even render as a mention: " + shown);
                assertTrue(shown.contains("@\u200B") || shown.contains("<\u200B@"), "the input is echoed: " + shown);
            }
            h.assertCleanTraffic(); // every payload: parse [], and no ping Discord would deliver
        }
    }

    @Test
    void editsFollowUpsAndDeferredEditsCarryAllowedMentionsToo() throws Exception {
        try (Harness h = Harness.start(
                TestBot.real().mentor(), true, new DiscordAdapter.Timing(Duration.ZERO, Duration.ofSeconds(30)))) {
            Interaction quiz = h.discord.slash(alice, "quiz", Map.of());
            h.discord.originalEdit(quiz);
            String message = h.discord.rest().original(quiz);
            String choice = Harness.customIds(h.discord.rest().message(message)).get(0);
            h.discord.originalEdit(h.discord.click(alice, message, choice));
            Interaction become = h.discord.slash(alice, "become", Map.of("part", "all"));
            h.discord.followUps(become, 1);
            long edits = h.discord.rest().exchanges().stream()
                    .filter(e -> e.method().equals("PATCH"))
                    .count();
            long followUps = h.discord.rest().exchanges().stream()
                    .filter(e -> e.method().equals("POST") && e.path().startsWith("/webhooks/"))
                    .count();
            assertEquals(3, edits, "two deferred answers and one quiz step edited in");
            assertTrue(followUps >= 1);
            h.assertCleanTraffic();
        }
        try (Harness h = Harness.start(new TestBot(dev.careermentor.Fixtures.minimal()).mentor())) {
            Interaction quiz = h.discord.slash(alice, "quiz", Map.of());
            h.discord.callback(quiz);
            String message = h.discord.rest().original(quiz);
            String choice = Harness.customIds(h.discord.rest().message(message)).get(0);
            Exchange update = h.discord.callback(h.discord.click(alice, message, choice));
            assertEquals(7, update.body().path("type").asInt());
            assertTrue(update.message().path("allowed_mentions").path("parse").isEmpty(), "an UPDATE_MESSAGE edit");
            assertTrue(update.message().has("allowed_mentions"));
            h.assertCleanTraffic();
        }
    }
}
