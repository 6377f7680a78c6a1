package dev.careermentor.discord;

import static dev.careermentor.discord.Harness.button;
import static dev.careermentor.discord.Harness.embed;
import static dev.careermentor.discord.Harness.ephemeral;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeUser;
import dev.careermentor.discord.fake.Interaction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers that are not ready in time are deferred first, then delivered by editing or following up. */
class DeferralTest {
    private static final int DEFERRED_MESSAGE = 5, DEFERRED_UPDATE = 6;
    private final FakeUser alice = FakeUser.person("alice");
    private final FakeUser bob = FakeUser.person("bob");

    @Test
    void aSlowAnswerIsDeferredThenEditedIn() throws Exception {
        TestMentors.Slow slow = new TestMentors.Slow();
        try (Harness h = Harness.start(
                TestMentors.with(slow),
                true,
                new DiscordAdapter.Timing(Duration.ofMillis(200), Duration.ofSeconds(30)))) {
            Interaction i = h.discord.slash(alice, "slow", Map.of());
            Exchange ack = h.discord.callback(i); // arrives while the core is still busy
            assertEquals(DEFERRED_MESSAGE, ack.body().path("type").asInt(), "\"thinking…\" within the 3 s");
            assertEquals(64, ack.body().path("data").path("flags").asInt(), "deferred as ephemeral");
            slow.release();
            Exchange edit = h.discord.originalEdit(i);
            assertEquals(200, edit.status());
            assertEquals("Finally", embed(edit).path("title").asText());
            JsonNode shown = h.discord.rest().message(h.discord.rest().original(i));
            assertEquals(64, shown.path("flags").asInt(), "ephemeral and no longer loading");

            Exchange quick = h.discord.callback(h.discord.slash(alice, "sources", Map.of()));
            assertEquals(4, quick.body().path("type").asInt(), "a quick answer is still sent directly");
            h.assertCleanTraffic();
        }
    }

    @Test
    void everyKindOfAnswerWorksAfterADeferral() throws Exception {
        try (Harness h = Harness.start(
                TestMentors.with(), true, new DiscordAdapter.Timing(Duration.ZERO, Duration.ofSeconds(30)))) {
            Interaction quiz = h.discord.slash(alice, "quiz", Map.of());
            assertEquals(DEFERRED_MESSAGE, h.callbackType(quiz));
            assertTrue(
                    embed(h.discord.originalEdit(quiz)).path("title").asText().endsWith("question 1 of 5"));
            String message = h.discord.rest().original(quiz);

            // UPDATE: the clicked message is acknowledged silently, then edited.
            Interaction step = h.discord.click(alice, message, firstChoice(h, message));
            assertEquals(DEFERRED_UPDATE, h.callbackType(step));
            assertTrue(
                    embed(h.discord.originalEdit(step)).path("title").asText().endsWith("question 2 of 5"));
            assertEquals(message, h.discord.rest().original(step));

            // PRIVATE: someone else's click gets an ephemeral follow-up; the quiz stays.
            JsonNode before = h.discord.rest().message(message);
            Interaction foreign = h.discord.click(bob, message, firstChoice(h, message));
            assertEquals(DEFERRED_UPDATE, h.callbackType(foreign));
            Exchange note = h.discord.followUps(foreign, 1).get(0);
            assertTrue(ephemeral(note));
            assertEquals("This isn't your quiz", embed(note).path("title").asText());
            assertEquals(before, h.discord.rest().message(message));

            // PUBLIC: Share becomes a public follow-up.
            Interaction answer = h.discord.slash(alice, "salary", Map.of("name", "serving"));
            h.discord.originalEdit(answer);
            String answered = h.discord.rest().original(answer);
            Interaction share =
                    h.discord.click(alice, answered, button(h.discord.rest().message(answered), "Share to channel"));
            assertEquals(DEFERRED_UPDATE, h.callbackType(share));
            Exchange posted = h.discord.followUps(share, 1).get(0);
            assertFalse(ephemeral(posted), "shared for everyone");
            assertEquals(
                    "Inference / serving engineer: pay",
                    embed(posted).path("title").asText());

            // A long answer: the deferred message, then ephemeral follow-ups.
            Interaction become = h.discord.slash(alice, "become", Map.of("part", "all"));
            h.discord.originalEdit(become);
            List<Exchange> more = h.discord.followUps(become, 1);
            assertTrue(ephemeral(more.get(0)));
            h.assertCleanTraffic();
        }
    }

    private static String firstChoice(Harness h, String message) {
        return Harness.customIds(h.discord.rest().message(message)).stream()
                .filter(id -> id.endsWith(":a0"))
                .findFirst()
                .orElseThrow();
    }
}
