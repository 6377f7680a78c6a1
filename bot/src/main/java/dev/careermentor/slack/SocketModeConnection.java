package dev.careermentor.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.App;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import dev.careermentor.adapter.InFlight;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode: the bot opens a WebSocket to Slack (no public URL needed) and answers envelopes on it.
 * Bolt's SocketModeApp does the work with the Java-WebSocket backend; this class adds readiness (Slack's
 * "hello") and a stop that lets running requests send their acknowledgements before disconnecting.
 */
final class SocketModeConnection {
    private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Envelopes are handled in about a millisecond; clicks are answered on the responder pool. */
    private static final int THREADS = 8;
    /** How often start() looks whether the connection is up while it waits for Slack's hello. */
    private static final Duration POLL = Duration.ofMillis(200);

    private final App app;
    private final String appToken;
    private final InFlight inFlight;
    private final CountDownLatch hello = new CountDownLatch(1);
    private volatile boolean connected;
    private @Nullable SocketModeApp socketApp;

    /** @param inFlight the adapter's admission: envelopes are counted there, and refused once it closes */
    SocketModeConnection(App app, String appToken, InFlight inFlight) {
        this.app = app;
        this.appToken = appToken;
        this.inFlight = inFlight;
    }

    /**
     * Counts running requests, and refuses new ones once stopping. A refused envelope is not
     * acknowledged, so Slack delivers it again, to another connection if there is one.
     */
    Middleware gate() {
        return (req, resp, chain) -> {
            if (!inFlight.enter()) return Response.builder().statusCode(503).build();
            try {
                return chain.next(req);
            } finally {
                inFlight.exit();
            }
        };
    }

    /** Connects and returns once Slack has said hello; throws if that takes longer than {@code timeout}. */
    void start(Duration timeout) throws Exception {
        socketApp = new SocketModeApp(
                appToken,
                app,
                SocketModeClient.Backend.JavaWebSocket,
                context -> {
                    log.error("Slack Socket Mode request failed", context.getException());
                    return null;
                },
                THREADS);
        socketApp.startAsync();
        SocketModeClient client = socketApp.getClient();
        client.addWebSocketMessageListener(message -> {
            if (isHello(message)) {
                connected = true;
                hello.countDown();
            }
        });
        client.addWebSocketCloseListener((code, reason) -> {
            connected = false;
            if (!inFlight.closed()) log.warn("Slack Socket Mode connection lost ({} {}); reconnecting", code, reason);
        });
        // Waits in slices of POLL, at most timeout / POLL of them: bounded without reading a clock.
        long slices = Math.max(1, timeout.toMillis() / POLL.toMillis());
        for (long slice = 1; !connected; slice++) {
            // The hello may have arrived before the listener was added; a ping answered proves the line is up.
            if (hello.await(POLL.toMillis(), TimeUnit.MILLISECONDS) || client.verifyConnection()) {
                connected = true;
            } else if (slice >= slices) {
                throw new IllegalStateException("Slack did not open the Socket Mode connection within " + timeout);
            }
        }
        log.info("Slack Socket Mode connected");
    }

    boolean connected() {
        return connected && !inFlight.closed();
    }

    /** Disconnects; the adapter has drained the requests first, so they acknowledged over the open socket. */
    void close() throws Exception {
        connected = false;
        if (socketApp == null) return;
        SocketModeClient client = socketApp.getClient();
        socketApp.close();
        if (client != null) client.close(); // SocketModeApp leaves the client's own threads running
    }

    private static boolean isHello(String message) {
        try {
            JsonNode node = JSON.readTree(message);
            return "hello".equals(node.path("type").asText());
        } catch (Exception e) {
            return false;
        }
    }
}
