package dev.careermentor.discord;

import static dev.careermentor.discord.Harness.embed;
import static dev.careermentor.discord.Harness.ephemeral;
import static dev.careermentor.discord.Harness.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.TestBot;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeUser;
import dev.careermentor.discord.fake.Interaction;
import dev.careermentor.discord.fake.Snowflakes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every /mentor subcommand, typed on a server, answered by the real knowledge through JDA. */
class SlashCommandsTest {
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

    /** subcommand, options, title, a figure from the answer, the footer's source and as-of (null: none). */
    static Stream<Arguments> subcommands() {
        return Stream.of(
                Arguments.of("help", Map.of(), "Career Mentor: commands", "/mentor salary", null),
                Arguments.of(
                        "paths",
                        Map.of(),
                        "Two career paths in LLM work",
                        "A bachelor's degree is the minimum",
                        "[two-paths], as of 2026-11"),
                Arguments.of(
                        "path",
                        Map.of("name", "research"),
                        "Algorithm research",
                        "master's",
                        "[two-paths], as of 2026-11"),
                Arguments.of(
                        "specializations",
                        Map.of(),
                        "6 specializations",
                        "Early career: $180K–$280K",
                        "[six-specializations], as of 2026"),
                Arguments.of(
                        "specialization",
                        Map.of("name", "serving"),
                        "Inference / serving engineer",
                        "Senior: $300K–$600K",
                        "[six-specializations], as of 2026"),
                Arguments.of(
                        "salary",
                        Map.of("name", "serving", "level", "senior"),
                        "Inference / serving engineer: pay",
                        "$300K–$600K",
                        "[six-specializations], as of 2026"),
                Arguments.of(
                        "salary", Map.of(), "Salary ranges", "$400K–$1M+", "[llm-engineer-assessment], as of 2026"),
                Arguments.of(
                        "compare",
                        Map.of("first", "applied", "second", "serving"),
                        "Applied LLM engineer vs Inference / serving engineer",
                        "$130K–$220K",
                        "[six-specializations], as of 2026"),
                Arguments.of(
                        "switch",
                        Map.of("from", "backend", "to", "serving"),
                        "Switching: Backend / SRE → Inference / serving engineer",
                        "excellent fit",
                        "[six-specializations], as of 2026"),
                Arguments.of(
                        "role",
                        Map.of(),
                        "LLM engineer (mid-level)",
                        "$160K–$210K",
                        "[llm-engineer-assessment], as of 2026"),
                Arguments.of(
                        "become",
                        Map.of(),
                        "How to become an LLM/AI engineer",
                        "QLoRA",
                        "[become-llm-engineer], as of 2026-01-06"),
                Arguments.of(
                        "hiring",
                        Map.of(),
                        "What hiring managers look for",
                        "Seniors",
                        "[hiring-thoughts], as of 2026-11"),
                Arguments.of(
                        "choose",
                        Map.of(),
                        "How to choose a specialization",
                        "month 4",
                        "[six-specializations], as of 2026"),
                Arguments.of(
                        "ask",
                        Map.of("question", "how much do mlops engineers earn"),
                        "MLOps / platform engineer: pay",
                        "$160K–$260K",
                        "[six-specializations], as of 2026"),
                Arguments.of("sources", Map.of(), "Sources", "id: two-paths", null),
                Arguments.of(
                        "quiz",
                        Map.of(),
                        "Which specialization fits you? — question 1 of 5",
                        "What's your background?",
                        null));
    }

    @ParameterizedTest(name = "/mentor {0} {1}")
    @MethodSource("subcommands")
    void everySubcommandIsAnsweredPrivatelyWithItsEmbed(
            String sub, Map<String, String> options, String title, String figure, String source) throws Exception {
        Interaction i = h.discord.slash(ALICE, sub, options);
        Exchange answer = h.discord.callback(i);
        assertEquals(200, answer.status(), answer.toString());
        assertEquals(4, answer.body().path("type").asInt(), "answered directly, not deferred");
        long ackMillis = answer.receivedAt() - Snowflakes.millis(i.id());
        assertTrue(ackMillis < 1500, "acknowledged well within Discord's 3 s: " + ackMillis + " ms");
        assertTrue(ephemeral(answer), "ephemeral by default");
        JsonNode embed = embed(answer);
        assertEquals(title, embed.path("title").asText());
        assertTrue(texts(embed).contains(figure), figure + " in " + texts(embed));
        String footer = lastFooter(i, answer);
        if (source == null) {
            assertEquals("", footer, "no sources for " + sub);
        } else {
            assertTrue(footer.contains(source), source + " in the footer: " + footer);
        }
    }

    @Test
    void factualAnswersOfferShareAndQuestionsOfferOneButtonPerOption() throws Exception {
        Exchange salary = h.discord.callback(h.discord.slash(ALICE, "salary", Map.of("name", "mlops")));
        assertEquals(List.of("cm1:s:salary mlops"), Harness.customIds(salary.message()));
        assertEquals(
                "Share to channel",
                salary.message().at("/components/0/components/0/label").asText());

        Exchange quiz = h.discord.callback(h.discord.slash(ALICE, "quiz", Map.of()));
        JsonNode rows = quiz.message().path("components");
        assertEquals(2, rows.size(), "the five answers, then Cancel on a row of its own");
        assertEquals(5, rows.get(0).path("components").size());
        assertEquals(
                "Cancel", rows.get(1).path("components").get(0).path("label").asText());
    }

    @Test
    void aNearMissIsAnsweredWithSuggestionsNotAnError() throws Exception {
        Exchange e = h.discord.callback(h.discord.slash(ALICE, "specialization", Map.of("name", "servng")));
        assertEquals(200, e.status());
        assertTrue(texts(embed(e)).contains("Inference / serving engineer"), texts(embed(e)));
    }

    @Test
    void manyCommandsAtOnceAreAllAnswered() throws Exception {
        List<Interaction> sent = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            FakeUser who = FakeUser.person("user" + n);
            Map<String, String> options = new HashMap<>();
            options.put("name", n % 2 == 0 ? "serving" : "mlops");
            sent.add(h.discord.slash(who, "salary", options));
        }
        for (Interaction i : sent) assertEquals(200, h.discord.callback(i).status());
    }

    /** The sources close the last message of an answer, which may be a follow-up. */
    private static String lastFooter(Interaction i, Exchange answer) {
        List<Exchange> all = h.discord.requestsOf(i);
        Exchange last = all.isEmpty() ? answer : all.get(all.size() - 1);
        return embed(last).path("footer").path("text").asText("");
    }
}
