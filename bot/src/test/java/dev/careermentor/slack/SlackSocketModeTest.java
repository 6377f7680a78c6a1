package dev.careermentor.slack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careermentor.ExpectedLogs;
import dev.careermentor.Root;
import dev.careermentor.TestBot;
import dev.careermentor.app.SlackSettings;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Socket Mode against local stand-ins: the fake Web API hands out ws://127.0.0.1:PORT/ from
 * apps.connections.open, and a WebSocket server plays Slack's side of the connection.
 */
class SlackSocketModeTest {
    @RegisterExtension
    final ExpectedLogs logs = ExpectedLogs.of(SlackAdapter.class, Level.WARN, "was removed from workspace");

    private final TestBot bot = TestBot.real();
    private FakeSlack slack;
    private FakeSocketMode socket;
    private SlackAdapter adapter;

    /** Slack's end of the socket: says hello on connect and records everything the bot sends. */
    static final class FakeSocketMode extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        volatile WebSocket bot;

        FakeSocketMode() {
            super(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            bot = conn;
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"local\"},"
                    + "\"connection_info\":{\"app_id\":\"A0MENTOR\"}}");
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            try {
                received.add(FakeSlack.JSON.readTree(message));
            } catch (Exception e) {
                throw new AssertionError("the bot sent something that is not JSON: " + message, e);
            }
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

        @Override
        public void onError(WebSocket conn, Exception ex) {}

        @Override
        public void onStart() {
            started.countDown();
        }

        JsonNode next() throws InterruptedException {
            JsonNode m = received.poll(5, TimeUnit.SECONDS);
            assertNotNull(m, "the bot sent nothing on the socket within 5 s");
            return m;
        }
    }

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        socket = new FakeSocketMode();
        socket.start();
        assertTrue(socket.started.await(5, TimeUnit.SECONDS));
        slack.socketUrl("ws://127.0.0.1:" + socket.getPort() + "/");
        SlackSettings settings =
                new SlackSettings(null, "xoxb-test-token", "xapp-1-A0MENTOR-test", slack.apiUrl(), "127.0.0.1", 0);
        adapter = Root.system(Map.of()).slack(settings, bot.mentor());
        adapter.start();
    }

    @AfterEach
    void stop() throws Exception {
        adapter.stop(Duration.ofSeconds(2));
        socket.stop(1000);
        slack.close();
    }

    @Test
    void startsOnHelloAndAnswersASlashCommandInTheAcknowledgement() throws Exception {
        assertTrue(adapter.ready(), "connected once Slack said hello");
        assertEquals(-1, adapter.port(), "Socket Mode opens no HTTP port");
        assertTrue(
                slack.apiCalls().contains("apps.connections.open"),
                slack.apiCalls().toString());

        SlackTestClient forms = new SlackTestClient(1, slack);
        ObjectNode payload = FakeSlack.JSON.createObjectNode();
        for (String pair : forms.commandBody("U0ALICE", "salary serving senior", "777.888.socket")
                .split("&", -1)) {
            String[] kv = pair.split("=", 2);
            payload.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        ObjectNode envelope = FakeSlack.JSON.createObjectNode();
        envelope.put("envelope_id", "env-command-1");
        envelope.put("type", "slash_commands");
        envelope.put("accepts_response_payload", true);
        envelope.set("payload", payload);
        socket.bot.send(envelope.toString());

        JsonNode ack = socket.next();
        assertEquals("env-command-1", ack.path("envelope_id").asText());
        JsonNode reply = ack.path("payload");
        BlockKitLimits.check(reply);
        assertEquals("ephemeral", reply.path("response_type").asText());
        assertEquals(SlackText.escape(bot.say("salary serving senior").title()), SlackHttpTest.header(reply));
        assertEquals(
                "cm1:s:" + bot.say("salary serving senior").shareCommand(),
                SlackHttpTest.actionId(reply, "Share to channel"));
    }

    @Test
    void theUninstallEventsTheManifestSubscribesToAreAcknowledgedAndLogged() throws Exception {
        SlackTestClient events = new SlackTestClient(1, slack);
        ObjectNode envelope = FakeSlack.JSON.createObjectNode();
        envelope.put("envelope_id", "env-event-1");
        envelope.put("type", "events_api");
        envelope.put("accepts_response_payload", false);
        envelope.set(
                "payload",
                FakeSlack.JSON.readTree(
                        events.eventBody(FakeSlack.JSON.createObjectNode().put("type", "app_uninstalled"))));
        socket.bot.send(envelope.toString());
        assertEquals("env-event-1", socket.next().path("envelope_id").asText());
        assertTrue(logs.awaitOne("SLACK_BOT_TOKEN no longer works", Duration.ofSeconds(5))
                .message()
                .contains(SlackTestClient.TEAM));
    }

    @Test
    void aClickIsAcknowledgedOnTheSocketAndAnsweredThroughItsResponseUrl() throws Exception {
        SlackTestClient forms = new SlackTestClient(1, slack);
        String body = forms.clickBody(
                "U0ALICE", "cm1:s:salary inference-serving senior", "1700000002.000002", "socket-share");
        ObjectNode envelope = FakeSlack.JSON.createObjectNode();
        envelope.put("envelope_id", "env-click-1");
        envelope.put("type", "interactive");
        envelope.put("accepts_response_payload", false);
        envelope.set(
                "payload",
                FakeSlack.JSON.readTree(
                        URLDecoder.decode(body.substring("payload=".length()), StandardCharsets.UTF_8)));
        socket.bot.send(envelope.toString());

        JsonNode ack = socket.next();
        assertEquals("env-click-1", ack.path("envelope_id").asText());
        assertFalse(ack.has("payload"), "a click is only acknowledged on the socket");
        FakeSlack.Post post = slack.nextPost();
        assertEquals("/respond/socket-share", post.path());
        assertEquals("in_channel", post.body().path("response_type").asText());
        BlockKitLimits.check(post.body());
    }

    @Test
    void aRejectedAppTokenFailsTheStartNamingTheVariable() {
        slack.rejectAppToken();
        SlackAdapter bad = Root.system(Map.of())
                .slack(
                        new SlackSettings(null, "xoxb-test-token", "xapp-1-bad", slack.apiUrl(), "127.0.0.1", 0),
                        bot.mentor());
        IllegalStateException e =
                org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, bad::start);
        assertTrue(e.getMessage().contains("SLACK_APP_TOKEN"), e.getMessage());
        assertFalse(bad.ready());
    }

    @Test
    void stopDisconnects() {
        adapter.stop(Duration.ofSeconds(1));
        assertFalse(adapter.ready());
    }

    @Test
    void readinessFollowsTheSocketThroughTheOpsEndpoint() throws Exception {
        var registry = new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
                io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT);
        try (var ops = new dev.careermentor.app.OpsServer(
                "127.0.0.1",
                0,
                dev.careermentor.app.HttpLimits.DEFAULT,
                com.github.benmanes.caffeine.cache.Ticker.systemTicker(),
                registry,
                () -> true,
                java.util.List.of(adapter))) {
            ops.start();
            var http = java.net.http.HttpClient.newHttpClient();
            java.util.function.IntSupplier ready = () -> {
                try {
                    return http.send(
                                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                                    "http://127.0.0.1:" + ops.port() + "/health/ready"))
                                            .build(),
                                    java.net.http.HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                } catch (Exception e) {
                    return -1;
                }
            };
            assertEquals(200, ready.getAsInt());
            socket.bot.close(1001, "Slack is restarting this connection");
            await("ready turns false when the socket drops")
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> ready.getAsInt() == 503);
            await("ready turns true once Bolt reconnects")
                    .atMost(Duration.ofSeconds(40))
                    .until(() -> ready.getAsInt() == 200);
        }
    }
}
