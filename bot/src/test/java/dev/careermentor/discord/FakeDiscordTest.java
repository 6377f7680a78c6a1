package dev.careermentor.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.TestBot;
import dev.careermentor.discord.fake.FakeUser;
import dev.careermentor.discord.fake.Interaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fake refuses what Discord refuses, so a passing suite means Discord would have accepted the traffic. */
class FakeDiscordTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theFakeRefusesAndRecordsWhatDiscordWouldRefuse() throws Exception {
        try (Harness h = Harness.start(TestBot.real().mentor())) {
            Interaction i = h.discord.slash(FakeUser.person("alice"), "paths", Map.of());
            assertEquals(200, h.discord.callback(i).status());
            String base = h.discord.rest().url().toString();
            String webhook = base + "webhooks/" + h.discord.applicationId + "/" + i.token() + "?wait=true";

            assertEquals(
                    400,
                    post(
                            base + "interactions/" + i.id() + "/" + i.token() + "/callback",
                            "{\"type\":4,\"data\":{\"content\":\"again\"}}"),
                    "a second acknowledgement");
            assertEquals(400, post(webhook, "{\"content\":\"" + "x".repeat(2001) + "\"}"), "content over 2000");
            assertEquals(
                    400,
                    post(
                            webhook,
                            "{\"embeds\":[{\"title\":\"t\",\"fields\":[{\"name\":\"n\",\"value\":\"" + "v".repeat(1025)
                                    + "\"}]}]}"),
                    "a field value over 1024");
            assertEquals(200, post(webhook, "{\"content\":\"hello @everyone\"}"), "accepted, but it pings");
            assertEquals(
                    404,
                    http.send(
                                    HttpRequest.newBuilder(URI.create(base + "no/such/route"))
                                            .header("Authorization", "Bot " + h.discord.token)
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode());

            assertEquals(
                    4, h.discord.violations().size(), h.discord.violations().toString());
            assertTrue(h.discord.violations().get(3).startsWith("unknown route"));
            assertEquals(1, h.discord.rest().pings().size(), "no allowed_mentions: Discord parses @everyone");
            AssertionError caught = null;
            try {
                h.assertCleanTraffic();
            } catch (AssertionError e) {
                caught = e;
            }
            assertTrue(caught != null, "the harness check notices");
        }
    }

    private int post(String url, String json) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
