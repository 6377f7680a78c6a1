package dev.careermentor.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.Fixtures;
import dev.careermentor.TestBot;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeUser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A topic added to the knowledge alone is offered and shown by /mentor topic, through the real JDA. */
class NewTopicOnDiscordTest {
    private final FakeUser alice = FakeUser.person("alice");

    @Test
    void topicNameAndPartAutocompleteAndShow() throws Exception {
        var knowledge = new KnowledgeLoader(Fixtures.CLOCK)
                .load("with-topic.yaml", Fixtures.minimalWithInterviewTopic().getBytes(StandardCharsets.UTF_8))
                .knowledge();
        try (Harness h = Harness.start(new TestBot(knowledge).mentor())) {
            List<JsonNode> names = choices(h, Map.of("name", "interv"), "name");
            assertTrue(
                    names.stream()
                            .anyMatch(c -> c.path("name").asText().equals("Interview preparation")
                                    && c.path("value").asText().equals("interview-prep")),
                    names.toString());
            List<JsonNode> parts = choices(h, Map.of("name", "interview-prep", "part", "take"), "part");
            assertTrue(
                    parts.stream().anyMatch(c -> c.path("name").asText().equals("Take-home projects")),
                    parts.toString());

            Exchange whole = h.discord.callback(h.discord.slash(alice, "topic", Map.of("name", "interview prep")));
            JsonNode embed = Harness.embed(whole);
            assertEquals("Interview preparation", embed.path("title").asText());
            assertTrue(Harness.texts(embed).contains("Sketch a serving stack"), Harness.texts(embed));
            Exchange part = h.discord.callback(
                    h.discord.slash(alice, "topic", Map.of("name", "interview-prep", "part", "Take-home projects")));
            String text = Harness.texts(Harness.embed(part));
            assertTrue(text.contains("Ship a small RAG app with evals.") && !text.contains("Sketch"), text);
            h.assertCleanTraffic();
        }
    }

    private static List<JsonNode> choices(Harness h, Map<String, String> options, String focused) throws Exception {
        Exchange e = h.discord.callback(h.discord.autocomplete(FakeUser.person("bob"), "topic", options, focused));
        assertEquals(8, e.body().path("type").asInt(), "APPLICATION_COMMAND_AUTOCOMPLETE_RESULT");
        List<JsonNode> out = new ArrayList<>();
        e.body().path("data").path("choices").forEach(out::add);
        return out;
    }
}
