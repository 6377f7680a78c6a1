package dev.careermentor.discord;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.TestBot;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeUser;
import dev.careermentor.discord.fake.Interaction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A dropped gateway connection is resumed, and interactions keep being answered. */
class ReconnectTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final FakeUser alice = FakeUser.person("alice");

    @Test
    void afterTheGatewayDropsJdaResumesAndTheNextInteractionIsAnswered() throws Exception {
        try (Harness h = Harness.start(TestBot.real().mentor())) {
            h.discord.gateway().dropConnection();
            h.discord.gateway().awaitReceived("RESUME", 1, WAIT);
            await("JDA connected again").atMost(WAIT).until(h.adapter::ready);

            Exchange e = h.discord.callback(h.discord.slash(alice, "salary", Map.of("name", "mlops")));
            assertEquals(200, e.status());
            assertTrue(Harness.texts(Harness.embed(e)).contains("$160K–$260K"));

            List<String> connections = h.discord.gateway().connections();
            assertEquals(2, connections.size(), connections.toString());
            assertTrue(connections.get(1).startsWith("/resume?"), "resumed at READY's resume_gateway_url");
            assertEquals(
                    1,
                    h.discord.gateway().received().stream()
                            .filter("IDENTIFY"::equals)
                            .count(),
                    "resumed, not a new session");
            h.assertCleanTraffic();
        }
    }

    @Test
    void anInteractionSentWhileDisconnectedIsReplayedOnResumeAndAnswered() throws Exception {
        try (Harness h = Harness.start(TestBot.real().mentor())) {
            h.discord.gateway().dropConnection();
            Interaction missed = h.discord.slash(alice, "paths", Map.of());
            h.discord.gateway().awaitReceived("RESUME", 1, WAIT);
            assertEquals(200, h.discord.callback(missed).status());
            h.assertCleanTraffic();
        }
    }
}
