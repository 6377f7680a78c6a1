package dev.careermentor.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway, v10 JSON without compression: HELLO on connect, IDENTIFY answered by READY,
 * RESUME by the missed events and RESUMED, heartbeats by HEARTBEAT_ACK, and dispatches with sequence
 * numbers. One session at a time, like one unsharded bot in one server: READY lists the server as
 * unavailable and a GUILD_CREATE follows, as for a bot invited with the bot scope.
 */
public final class FakeGateway extends WebSocketServer {
    static final int DISPATCH = 0,
            HEARTBEAT = 1,
            IDENTIFY = 2,
            RESUME = 6,
            INVALID_SESSION = 9,
            HELLO = 10,
            HEARTBEAT_ACK = 11;
    static final int HEARTBEAT_INTERVAL = 41_250;
    static final String RESUME_PATH = "/resume";

    private final String token;
    private final FakeUser bot;
    private final String applicationId;
    private final ObjectNode guild;
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<String> violations;
    /** Every opcode received, in order, e.g. "IDENTIFY", "RESUME", "HEARTBEAT". */
    private final List<String> received = new CopyOnWriteArrayList<>();
    /** The path and query of every connection. */
    private final List<String> connections = new CopyOnWriteArrayList<>();

    private WebSocket live;
    private String sessionId;
    private int seq;
    private final List<ObjectNode> sent = new ArrayList<>(); // dispatches of this session, for RESUME replay

    /** @param guild the GUILD_CREATE of the one server the bot is in */
    FakeGateway(String token, FakeUser bot, String applicationId, ObjectNode guild, List<String> violations) {
        super(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0));
        this.token = token;
        this.bot = bot;
        this.applicationId = applicationId;
        this.guild = guild;
        this.violations = violations;
        setReuseAddr(true);
        // Else a dispatch can wait for the client's delayed ACK (Nagle): 40 ms on Linux, as the REST side knew.
        setTcpNoDelay(true);
    }

    void startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("gateway did not start");
    }

    public URI url() {
        return URI.create("ws://127.0.0.1:" + getPort() + "/");
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    private volatile boolean refusing;

    /** While refusing, every new connection is closed at once, as during a Discord outage. */
    public void refuseConnections(boolean refuse) {
        this.refusing = refuse;
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        if (refusing) {
            conn.close(1013, "try again later");
            return;
        }
        String resource = handshake.getResourceDescriptor();
        connections.add(resource);
        if (!resource.contains("encoding=json") || !resource.contains("v=10") || resource.contains("compress")) {
            violations.add("gateway connection with unexpected parameters: " + resource);
        }
        send(conn, frame(HELLO, Payloads.object().put("heartbeat_interval", HEARTBEAT_INTERVAL)));
    }

    @Override
    public void onMessage(WebSocket conn, String text) {
        JsonNode msg;
        try {
            msg = Payloads.JSON.readTree(text);
        } catch (Exception e) {
            violations.add("gateway frame is not JSON: " + text);
            conn.close(4002, "Error while decoding payload.");
            return;
        }
        int op = msg.path("op").asInt(-1);
        JsonNode d = msg.path("d");
        switch (op) {
            case HEARTBEAT -> {
                note("HEARTBEAT");
                send(conn, Payloads.object().put("op", HEARTBEAT_ACK));
            }
            case IDENTIFY -> {
                note("IDENTIFY");
                identify(conn, d);
            }
            case RESUME -> {
                note("RESUME");
                resume(conn, d);
            }
            default -> {
                note("op " + op);
                violations.add("gateway op the fake does not expect: " + text);
            }
        }
    }

    private synchronized void identify(WebSocket conn, JsonNode d) {
        if (!token.equals(d.path("token").asText())) {
            conn.close(4004, "Authentication failed.");
            return;
        }
        if (d.path("intents").asLong(-1) < 0) violations.add("IDENTIFY without intents");
        if (d.has("compress") && d.path("compress").asBoolean()) violations.add("IDENTIFY asked for compression");
        live = conn;
        sessionId = UUID.randomUUID().toString().replace("-", "");
        seq = 0;
        sent.clear();
        ObjectNode ready = Payloads.object()
                .put("v", 10)
                .put("session_id", sessionId)
                .put("resume_gateway_url", "ws://127.0.0.1:" + getPort() + RESUME_PATH)
                .put("session_type", "normal");
        ready.set("user", Payloads.user(bot).put("verified", true).put("mfa_enabled", false));
        ready.set(
                "guilds",
                Payloads.array()
                        .add(Payloads.object()
                                .put("id", guild.path("id").asText())
                                .put("unavailable", true)));
        ready.set("private_channels", Payloads.array());
        ready.set("relationships", Payloads.array());
        ready.set("presences", Payloads.array());
        ready.set("guild_join_requests", Payloads.array());
        ready.set("geo_ordered_rtc_regions", Payloads.array());
        ready.set("application", Payloads.object().put("id", applicationId).put("flags", 0));
        ready.set("_trace", Payloads.array().add("fake-discord"));
        dispatchLocked("READY", ready);
        dispatchLocked("GUILD_CREATE", guild.deepCopy());
    }

    private synchronized void resume(WebSocket conn, JsonNode d) {
        if (sessionId == null
                || !sessionId.equals(d.path("session_id").asText())
                || !token.equals(d.path("token").asText())) {
            send(conn, frame(INVALID_SESSION, null).put("d", false));
            return;
        }
        live = conn;
        int from = d.path("seq").asInt();
        for (ObjectNode event : sent) {
            if (event.path("s").asInt() > from) send(conn, event);
        }
        dispatchLocked("RESUMED", Payloads.object());
    }

    /** Sends a dispatch to the live session; one sent while disconnected is replayed on RESUME. */
    public synchronized void dispatch(String type, JsonNode data) {
        if (sessionId == null) throw new IllegalStateException("no session: the bot never identified");
        dispatchLocked(type, data);
    }

    private void dispatchLocked(String type, JsonNode data) {
        ObjectNode event = Payloads.object().put("op", DISPATCH).put("t", type).put("s", ++seq);
        event.set("d", data);
        sent.add(event);
        if (live != null && live.isOpen()) send(live, event);
    }

    /** Closes the live connection as Discord does when a gateway node restarts; the client should resume. */
    public synchronized void dropConnection() {
        if (live == null) throw new IllegalStateException("no live connection");
        WebSocket conn = live;
        live = null;
        conn.close(1001, "Discord gateway node restarting");
    }

    public synchronized boolean connected() {
        return live != null && live.isOpen();
    }

    public List<String> received() {
        return List.copyOf(received);
    }

    /** Waits until the client has sent {@code count} frames of this kind ("IDENTIFY", "RESUME", ...). */
    public void awaitReceived(String op, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (received) {
            while (received.stream().filter(op::equals).count() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0)
                    throw new AssertionError("no " + count + " x " + op + " within " + timeout + ": " + received);
                received.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private void note(String op) {
        synchronized (received) {
            received.add(op);
            received.notifyAll();
        }
    }

    public List<String> connections() {
        return List.copyOf(connections);
    }

    private static ObjectNode frame(int op, JsonNode d) {
        ObjectNode f = Payloads.object().put("op", op);
        f.set("d", d);
        f.putNull("s");
        f.putNull("t");
        return f;
    }

    private void send(WebSocket conn, JsonNode payload) {
        try {
            conn.send(Payloads.JSON.writeValueAsString(payload));
        } catch (Exception e) {
            violations.add("could not send to the client: " + e);
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        synchronized (this) {
            if (conn == live) live = null;
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn == null) violations.add("gateway server error: " + ex);
    }
}
