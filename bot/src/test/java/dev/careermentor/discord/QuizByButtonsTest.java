package dev.careermentor.discord;

import static dev.careermentor.discord.Harness.button;
import static dev.careermentor.discord.Harness.embed;
import static dev.careermentor.discord.Harness.ephemeral;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.Fixtures;
import dev.careermentor.TestBot;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeUser;
import dev.careermentor.discord.fake.Interaction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The quiz on the minimal fixture (four questions, two answers each), driven only by button clicks. */
class QuizByButtonsTest {
    private static final int UPDATE_MESSAGE = 7, CHANNEL_MESSAGE = 4;
    private final Knowledge minimal = Fixtures.minimal();
    private final FakeUser alice = FakeUser.person("alice");
    private final FakeUser bob = FakeUser.person("bob");
    private Harness h;

    @BeforeEach
    void connect() throws Exception {
        h = Harness.start(new TestBot(minimal).mentor());
    }

    @AfterEach
    void disconnect() throws Exception {
        try {
            h.assertCleanTraffic();
        } finally {
            h.close();
        }
    }

    @Test
    void aWholeQuizEditsOneMessageAndEndsWithAShareableResult() throws Exception {
        String message = startQuiz(alice);
        for (int q = 2; q <= 4; q++) {
            Exchange step = click(alice, message, choice(message, 1));
            assertEquals(UPDATE_MESSAGE, step.body().path("type").asInt(), "a click edits the quiz in place");
            assertTrue(embed(step).path("title").asText().endsWith("question " + q + " of 4"));
        }
        Exchange result = click(alice, message, choice(message, 1));
        assertEquals(UPDATE_MESSAGE, result.body().path("type").asInt());
        assertEquals(
                "Your best fit: Inference / serving engineer",
                embed(result).path("title").asText());
        assertTrue(Harness.texts(embed(result)).contains("$180K–$280K"));
        assertTrue(embed(result).path("footer").path("text").asText().contains("[src-one]"));
        JsonNode shown = h.discord.rest().message(message);
        assertTrue((shown.path("flags").asInt() & 64) != 0, "still the asker's private message");
        assertEquals(List.of("Share to channel", "Back", "Retake quiz"), labels(shown));

        Interaction share = h.discord.click(alice, message, button(shown, "Share to channel"));
        Exchange posted = h.discord.callback(share);
        assertEquals(CHANNEL_MESSAGE, posted.body().path("type").asInt(), "Share posts a new message");
        assertFalse(ephemeral(posted), "for everyone in the channel");
        assertEquals(
                "Your best fit: Inference / serving engineer",
                embed(posted).path("title").asText());
        assertEquals(shown, h.discord.rest().message(message), "the private result stays as it was");

        Exchange again = click(alice, message, button(shown, "Share to channel"));
        assertTrue(ephemeral(again), "a second Share is only a private note");
        assertEquals("Already shared", embed(again).path("title").asText());
    }

    @Test
    void backAndCancelWork() throws Exception {
        String message = startQuiz(alice);
        click(alice, message, choice(message, 0));
        Exchange back = click(alice, message, button(h.discord.rest().message(message), "Back"));
        assertTrue(embed(back).path("title").asText().endsWith("question 1 of 4"));
        Exchange cancelled = click(alice, message, button(h.discord.rest().message(message), "Cancel"));
        assertEquals("Quiz cancelled", embed(cancelled).path("title").asText());
        assertEquals(List.of("Start again"), labels(h.discord.rest().message(message)), "the quiz buttons are gone");
    }

    @Test
    void anotherUsersClickGetsAPrivateNoteAndChangesNothing() throws Exception {
        String message = startQuiz(alice);
        click(alice, message, choice(message, 0));
        JsonNode before = h.discord.rest().message(message);
        Exchange note = click(bob, message, choice(message, 1));
        assertEquals(CHANNEL_MESSAGE, note.body().path("type").asInt(), "a new message, not an edit");
        assertTrue(ephemeral(note));
        assertEquals("This isn't your quiz", embed(note).path("title").asText());
        assertEquals(before, h.discord.rest().message(message), "Alice's quiz is untouched");
        Exchange next = click(alice, message, choice(message, 1));
        assertTrue(embed(next).path("title").asText().endsWith("question 3 of 4"), "Alice carries on");
    }

    @Test
    void aClickAfterARestartContinuesFromTheButton() throws Exception {
        String message = startQuiz(alice);
        click(alice, message, choice(message, 1));
        DiscordAdapter restarted = h.restartWith(new TestBot(minimal).mentor()); // empty sessions
        try {
            Exchange next = click(alice, message, choice(message, 0));
            assertEquals(UPDATE_MESSAGE, next.body().path("type").asInt());
            assertTrue(
                    embed(next).path("title").asText().endsWith("question 3 of 4"),
                    embed(next).toString());
        } finally {
            restarted.stop(Harness.GRACE);
        }
    }

    @Test
    void aQuizWhoseQuestionsChangedSaysSoAndOffersARestart() throws Exception {
        String message = startQuiz(alice);
        String changed = Fixtures.minimalText().replace("weights: { applied-llm: 3 }", "weights: { applied-llm: 4 }");
        Knowledge edited = new KnowledgeLoader(Fixtures.CLOCK)
                .load("m.yaml", changed.getBytes(StandardCharsets.UTF_8))
                .knowledge();
        DiscordAdapter restarted = h.restartWith(new TestBot(edited).mentor());
        try {
            Exchange note = click(alice, message, choice(message, 0));
            assertEquals("The quiz was updated", embed(note).path("title").asText());
            JsonNode shown = h.discord.rest().message(message);
            assertTrue((shown.path("flags").asInt() & 64) != 0, "the note replaces the private quiz");
            assertEquals(List.of("Restart quiz"), labels(shown));
            Exchange fresh = click(alice, message, button(shown, "Restart quiz"));
            assertTrue(embed(fresh).path("title").asText().endsWith("question 1 of 4"));
        } finally {
            restarted.stop(Harness.GRACE);
        }
    }

    @Test
    void malformedAndForeignIdsGetAClearPrivateNote() throws Exception {
        String message = startQuiz(alice);
        JsonNode before = h.discord.rest().message(message);
        String real = choice(message, 0);
        for (String id : List.of(
                real.substring(0, real.length() - 3), real.replace("cm1", "cm9"), "cm1:q:x", "somebody-elses-button")) {
            Exchange note = click(alice, message, id);
            assertEquals(CHANNEL_MESSAGE, note.body().path("type").asInt(), id);
            assertTrue(ephemeral(note), id);
            assertEquals("That button can't be used", embed(note).path("title").asText(), id);
            assertFalse(embed(note).path("description").asText().isBlank(), "the note says why");
        }
        assertEquals(before, h.discord.rest().message(message), "the quiz is untouched");

        // Well-formed and the owner's, but naming an answer the question doesn't have: the core replaces the quiz.
        Exchange damaged = click(alice, message, real.replaceFirst(":a0$", ":a7"));
        assertEquals(UPDATE_MESSAGE, damaged.body().path("type").asInt());
        assertEquals(
                "This quiz button no longer fits", embed(damaged).path("title").asText());
        assertTrue((h.discord.rest().message(message).path("flags").asInt() & 64) != 0, "still private");
    }

    private String startQuiz(FakeUser who) throws Exception {
        Interaction i = h.discord.slash(who, "quiz", Map.of());
        Exchange e = h.discord.callback(i);
        assertTrue(ephemeral(e));
        assertTrue(embed(e).path("title").asText().endsWith("question 1 of 4"));
        return h.discord.rest().original(i);
    }

    private Exchange click(FakeUser who, String message, String customId) throws Exception {
        Exchange e = h.discord.callback(h.discord.click(who, message, customId));
        assertEquals(200, e.status(), e.toString());
        return e;
    }

    /** The custom_id of answer {@code n} on the message as it is now. */
    private String choice(String message, int n) {
        String id = Harness.customIds(h.discord.rest().message(message)).stream()
                .filter(c -> c.endsWith(":a" + n))
                .findFirst()
                .orElseThrow();
        assertTrue(id.length() <= 100);
        return id;
    }

    private static List<String> labels(JsonNode message) {
        return message.path("components").findValuesAsText("label");
    }
}
