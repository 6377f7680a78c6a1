package dev.careermentor.discord;

import static dev.careermentor.discord.Harness.embed;
import static dev.careermentor.discord.Harness.ephemeral;
import static dev.careermentor.discord.Harness.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.TestBot;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeUser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Questions typed in plain words, through the real JDA against the stand-in Discord: /mentor ask in
 * English and Chinese, a question typed where a name is expected, and one the sources do not cover.
 */
class FreeTextOnDiscordTest {
    private final FakeUser alice = FakeUser.person("alice");

    @Test
    void plainQuestionsAreAnsweredWithTheFigureAndTheSource() throws Exception {
        try (Harness h = Harness.start(TestBot.real().mentor())) {
            Exchange en = h.discord.callback(
                    h.discord.slash(alice, "ask", Map.of("question", "which specialization pays the most?")));
            assertTrue(ephemeral(en), "answered privately");
            JsonNode embed = embed(en);
            assertEquals("Pay ranked, senior", embed.path("title").asText());
            assertTrue(
                    embed.path("description").asText().startsWith("ML researcher / research engineer pays the most"),
                    texts(embed));
            assertTrue(embed.path("footer").path("text").asText().contains("[six-specializations]"), texts(embed));

            Exchange zh = h.discord.callback(h.discord.slash(alice, "ask", Map.of("question", "推理方向资深工程师年薪多少")));
            JsonNode zhEmbed = embed(zh);
            // Asked in Chinese, answered in Chinese: the entry's Chinese name and the same figures.
            assertEquals("推理/服务工程师：薪资", zhEmbed.path("title").asText());
            assertTrue(zhEmbed.path("description").asText().contains("$300K–$600K"), texts(zhEmbed));

            // A question typed where a name is expected is answered, not refused as an unknown name.
            Exchange typed = h.discord.callback(
                    h.discord.slash(alice, "specialization", Map.of("name", "what do serving engineers do all day?")));
            JsonNode typedEmbed = embed(typed);
            assertTrue(typedEmbed.path("title").asText().startsWith("Inference / serving engineer"), texts(typedEmbed));
            assertTrue(texts(typedEmbed).contains("vLLM"), texts(typedEmbed));
            h.assertCleanTraffic();
        }
    }

    @Test
    void aQuestionTheSourcesDoNotCoverSaysSoAndOffersWhatTheyDo() throws Exception {
        try (Harness h = Harness.start(TestBot.real().mentor())) {
            Exchange e = h.discord.callback(
                    h.discord.slash(alice, "ask", Map.of("question", "what do ML engineers earn in Zurich?")));
            JsonNode embed = embed(e);
            assertEquals("Not in my sources", embed.path("title").asText());
            assertTrue(texts(embed).contains("pay for the US only"), texts(embed));
            assertFalse(texts(embed).contains("$1"), "no figure for something else: " + texts(embed));
            var ids = Harness.customIds(e.message());
            assertEquals(3, ids.size(), "three things to try: " + ids);
            assertTrue(ids.stream().allMatch(id -> id.length() <= 100), ids.toString());
            h.assertCleanTraffic();
        }
    }
}
