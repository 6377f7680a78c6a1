package dev.careermentor.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.TestBot;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Name options suggest from the knowledge while the user types, near misses included. */
class AutocompleteTest {
    private static Harness h;
    private static final FakeUser ALICE = FakeUser.person("alice");

    @BeforeAll
    static void connect() throws Exception {
        h = Harness.start(TestBot.real().mentor());
    }

    @AfterAll
    static void disconnect() throws Exception {
        try {
            h.assertCleanTraffic();
        } finally {
            h.close();
        }
    }

    @Test
    void aPrefixOffersTheSpecialization() throws Exception {
        List<JsonNode> choices = choices("specialization", Map.of("name", "serv"), "name");
        assertTrue(
                names(choices).contains("Inference / serving engineer"),
                names(choices).toString());
        JsonNode serving = choices.stream()
                .filter(c -> c.path("name").asText().startsWith("Inference"))
                .findFirst()
                .orElseThrow();
        assertEquals("inference-serving", serving.path("value").asText(), "the value sent back is the id");
    }

    @Test
    void aNearMissOffersItToo() throws Exception {
        assertTrue(names(choices("specialization", Map.of("name", "servng"), "name"))
                .contains("Inference / serving engineer"));
    }

    @Test
    void theOptionBeingTypedIsTheOneCompleted() throws Exception {
        // compare: the first option is already filled in; the user types into the second.
        List<String> names = names(choices("compare", Map.of("first", "applied", "second", "mlo"), "second"));
        assertTrue(names.contains("MLOps / platform engineer"), names.toString());
        List<String> origins = names(choices("switch", Map.of("from", "back"), "from"));
        assertTrue(origins.contains("Backend / SRE"), "a background is a valid origin: " + origins);
    }

    @Test
    void sectionsAndPathsComplete() throws Exception {
        assertTrue(names(choices("path", Map.of("name", "res"), "name")).contains("Algorithm research"));
        List<JsonNode> parts = choices("become", Map.of("part", "cert"), "part");
        assertTrue(
                parts.stream()
                        .anyMatch(c -> c.path("name")
                                .asText()
                                .toLowerCase(java.util.Locale.ROOT)
                                .contains("certification")),
                names(parts).toString());
    }

    @Test
    void choicesStayWithinDiscordsLimits() throws Exception {
        for (String typed : List.of("", "e", "engineer", "zzzzzz", "x".repeat(100))) {
            List<JsonNode> choices = choices("specialization", Map.of("name", typed), "name");
            assertTrue(choices.size() <= 25, typed + ": " + choices.size());
            for (JsonNode c : choices) {
                assertTrue(c.path("name").asText().length() <= 100
                        && c.path("value").asText().length() <= 100);
            }
        }
        assertTrue(choices("ask", Map.of("question", "how"), "question").isEmpty(), "free text has no suggestions");
    }

    private static List<JsonNode> choices(String sub, Map<String, String> options, String focused) throws Exception {
        Exchange e = h.discord.callback(h.discord.autocomplete(ALICE, sub, options, focused));
        assertEquals(200, e.status(), e.toString());
        assertEquals(8, e.body().path("type").asInt(), "APPLICATION_COMMAND_AUTOCOMPLETE_RESULT");
        List<JsonNode> out = new ArrayList<>();
        e.body().path("data").path("choices").forEach(out::add);
        return out;
    }

    private static List<String> names(List<JsonNode> choices) {
        return choices.stream().map(c -> c.path("name").asText()).toList();
    }
}
