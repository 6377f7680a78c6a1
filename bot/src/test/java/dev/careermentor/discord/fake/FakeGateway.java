package dev.careermentor.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway, v10 JSON without compression: HELLO on connect, IDENTIFY answered by READY,
 * RESUME by the missed events and RESUMED, heartbeats by HEARTBEAT_ACK, and dispatches with sequence
 * numbers. One session per shard: an unsharded bot is shard 0 of 1 (JDA says so in its IDENTIFY, or
 * leaves {@code shard} out), one session at a time; a sharded
 * one identifies with {@code shard: [id, total]}, from one process or several, and Discord's routing
 * applies: the events of server {@code g} go to shard {@code (g >> 22) % total}, DMs to shard 0. READY
 * lists the one server the bot is in as unavailable, on its shard only, and a GUILD_CREATE follows, as
 * for a bot invited with the bot scope.
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
    /** Each IDENTIFY's shard as "id/total". */
    private final List<String> identified = new CopyOnWriteArrayList<>();
    /** The path and query of every connection. */
    private final List<String> connections = new CopyOnWriteArrayList<>();

    /** The sessions by shard id; an unsharded bot's is shard 0. */
    private final Map<Integer, Session> sessions = new HashMap<>();
    /** The shard count of the sessions: 1 until a sharded IDENTIFY says otherwise. */
    private int total = 1;
    /** The shard each interaction was delivered on, by interaction id. */
    private final Map<String, Integer> deliveredOn = new ConcurrentHashMap<>();

    /** One gateway session: a shard's, or the unsharded bot's. */
    private static final class Session {
        final int shard;
        final String id = UUID.randomUUID().toString().replace("-", "");
        WebSocket live;
        int seq;
        final List<ObjectNode> sent = new ArrayList<>(); // dispatches of this session, for RESUME replay

        Session(int shard, WebSocket live) {
            this.shard = shard;
            this.live = live;
        }
    }

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

    private volatile boolean shardingRequired;

    /** Whether an unsharded IDENTIFY is closed with 4011, as for a bot in 2,500 servers or more. */
    public void requireSharding(boolean required) {
        this.shardingRequired = required;
    }

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
        JsonNode shard = d.path("shard");
        int id = 0, count = 1;
        if (!shard.isMissingNode()) {
            id = shard.path(0).asInt(-1);
            count = shard.path(1).asInt(-1);
            if (!shard.isArray() || shard.size() != 2 || id < 0 || count < 1 || id >= count) {
                conn.close(4010, "Invalid shard.");
                return;
            }
        }
        if (count == 1 && shardingRequired) {
            conn.close(4011, "Sharding required.");
            return;
        }
        boolean othersLive = sessions.values().stream().anyMatch(s -> s.live != null && s.live.isOpen());
        if (othersLive && count != total) {
            violations.add(
                    "IDENTIFY as shard " + id + " of " + count + " while other sessions run " + total + " shards");
        }
        if (count != total) sessions.clear(); // a new layout: the old sessions are gone
        total = count;
        Session session = new Session(id, conn);
        sessions.put(id, session);
        noteIdentified(id, count);
        ObjectNode ready = Payloads.object()
                .put("v", 10)
                .put("session_id", session.id)
                .put("resume_gateway_url", "ws://127.0.0.1:" + getPort() + RESUME_PATH)
                .put("session_type", "normal");
        ready.set("user", Payloads.user(bot).put("verified", true).put("mfa_enabled", false));
        boolean ours = shardOf(guild.path("id").asText()) == id;
        ArrayNode guilds = Payloads.array();
        if (ours)
            guilds.add(Payloads.object().put("id", guild.path("id").asText()).put("unavailable", true));
        ready.set("guilds", guilds);
        if (!shard.isMissingNode()) ready.set("shard", Payloads.array().add(id).add(count));
        ready.set("private_channels", Payloads.array());
        ready.set("relationships", Payloads.array());
        ready.set("presences", Payloads.array());
        ready.set("guild_join_requests", Payloads.array());
        ready.set("geo_ordered_rtc_regions", Payloads.array());
        ready.set("application", Payloads.object().put("id", applicationId).put("flags", 0));
        ready.set("_trace", Payloads.array().add("fake-discord"));
        dispatchLocked(session, "READY", ready);
        if (ours) dispatchLocked(session, "GUILD_CREATE", guild.deepCopy());
    }

    private synchronized void resume(WebSocket conn, JsonNode d) {
        Session session = null;
        for (Session s : sessions.values()) if (s.id.equals(d.path("session_id").asText())) session = s;
        if (session == null || !token.equals(d.path("token").asText())) {
            send(conn, frame(INVALID_SESSION, null).put("d", false));
            return;
        }
        session.live = conn;
        int from = d.path("seq").asInt();
        for (ObjectNode event : session.sent) {
            if (event.path("s").asInt() > from) send(conn, event);
        }
        dispatchLocked(session, "RESUMED", Payloads.object());
    }

    /**
     * The shard Discord delivers a server's events to, {@code (guildId >> 22) % total}, with the shard count
     * of the sessions now; 0 for a DM (null).
     */
    public synchronized int shardOf(String guildIdOrNull) {
        return guildIdOrNull == null ? 0 : (int) ((Long.parseUnsignedLong(guildIdOrNull) >>> 22) % total);
    }

    /**
     * Sends a dispatch to the session of the shard it belongs to (by its guild_id; DMs, events without one
     * and the corpus tests' spoiled ids to shard 0); one sent while that shard is disconnected is replayed
     * on RESUME.
     */
    public synchronized void dispatch(String type, JsonNode data) {
        String guildId = data.hasNonNull("guild_id") ? data.path("guild_id").asText() : null;
        int shard = shardOf(guildId != null && guildId.matches("[0-9]{1,19}") ? guildId : null);
        Session session = sessions.get(shard);
        if (session == null) {
            throw new IllegalStateException(
                    sessions.isEmpty()
                            ? "no session: the bot never identified"
                            : "no session on shard " + shard + " of " + total + ", which " + type + " for guild "
                                    + guildId + " goes to; sessions run shards " + new TreeSet<>(sessions.keySet()));
        }
        if (type.equals("INTERACTION_CREATE")) deliveredOn.put(data.path("id").asText(), shard);
        dispatchLocked(session, type, data);
    }

    private void dispatchLocked(Session session, String type, JsonNode data) {
        ObjectNode event = Payloads.object().put("op", DISPATCH).put("t", type).put("s", ++session.seq);
        event.set("d", data);
        session.sent.add(event);
        if (session.live != null && session.live.isOpen()) send(session.live, event);
    }

    /** The shard an interaction was delivered on, or null if it was never dispatched. */
    public Integer deliveredOn(String interactionId) {
        return deliveredOn.get(interactionId);
    }

    /** Closes the live connection as Discord does when a gateway node restarts; the client should resume. */
    public synchronized void dropConnection() {
        dropConnection(0);
    }

    /** Closes the live connection of one shard, as {@link #dropConnection()} does for shard 0. */
    public synchronized void dropConnection(int shard) {
        Session session = sessions.get(shard);
        if (session == null || session.live == null) throw new IllegalStateException("no live connection on " + shard);
        WebSocket conn = session.live;
        session.live = null;
        conn.close(1001, "Discord gateway node restarting");
    }

    /** True while any session has a live connection. */
    public synchronized boolean connected() {
        for (Session s : sessions.values()) if (s.live != null && s.live.isOpen()) return true;
        return false;
    }

    /** The shards with a live connection now. */
    public synchronized Set<Integer> liveShards() {
        Set<Integer> live = new TreeSet<>();
        for (Session s : sessions.values()) if (s.live != null && s.live.isOpen()) live.add(s.shard);
        return live;
    }

    /** Each IDENTIFY's shard as "id/total" ("0/1" unsharded), in order. */
    public List<String> identified() {
        return List.copyOf(identified);
    }

    /** Waits until shards {@code ids} of {@code total} have each identified at least once. */
    public void awaitIdentified(int total, List<Integer> ids, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (received) {
            while (!identified.containsAll(
                    ids.stream().map(i -> i + "/" + total).toList())) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("shards " + ids + " of " + total + " did not identify within " + timeout
                            + ": " + identified);
                }
                received.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private void noteIdentified(int shard, int count) {
        synchronized (received) {
            identified.add(shard + "/" + count);
            received.notifyAll();
        }
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
            for (Session s : sessions.values()) if (conn == s.live) s.live = null;
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn == null) violations.add("gateway server error: " + ex);
    }
}
