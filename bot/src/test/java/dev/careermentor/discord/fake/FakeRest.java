package dev.careermentor.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord's REST API (v10) as far as an interactions-only bot uses it: the login check, command
 * registration, the gateway lookup, and the interaction endpoints. Every request is recorded; anything
 * Discord would refuse is refused the same way and recorded as a violation; an unknown route gets 404.
 */
public final class FakeRest {
    public static final String BASE = "/api/v10";
    private static final String VIA = "/via/";
    private static final Pattern VIA_PATH = Pattern.compile("/via/([a-z0-9-]+)(/.*)");

    private static final Pattern CALLBACK = Pattern.compile("/interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern FOLLOW_UP = Pattern.compile("/webhooks/(\\d+)/([^/]+)");
    private static final Pattern WEBHOOK_MESSAGE =
            Pattern.compile("/webhooks/(\\d+)/([^/]+)/messages/(@original|\\d+)");
    private static final Pattern GLOBAL_COMMANDS = Pattern.compile("/applications/(\\d+)/commands");
    private static final Pattern GUILD_COMMANDS = Pattern.compile("/applications/(\\d+)/guilds/(\\d+)/commands");

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-discord-rest");
        t.setDaemon(true);
        return t;
    });
    private final String token;
    private final FakeUser bot;
    private final String applicationId;
    private final Set<String> installedIn;
    private final List<String> violations;
    private final MessageStore messages;
    private final InteractionEndpoints interactions;
    private final List<Exchange> exchanges = new ArrayList<>();
    private final Map<String, JsonNode> commands = new ConcurrentHashMap<>();
    private URI gateway;
    private volatile int recommendedShards = 1;
    /** As Discord grants large bots: shard i identifies in bucket i % 16, so up to 16 shards start at once. */
    private volatile int maxConcurrency = 16;

    private volatile Tap tap;
    private volatile boolean keepExchanges = true;

    /** Sees every request as it is recorded: for load generators that time callbacks without waiting on them. */
    @FunctionalInterface
    public interface Tap {
        /** @param arrivedNanos {@link System#nanoTime()} when the request reached the fake, before its body was read */
        void received(Exchange e, long arrivedNanos);
    }

    /** @param installedIn the servers the application is installed in; registering elsewhere is refused */
    FakeRest(String token, FakeUser bot, String applicationId, Set<String> installedIn, List<String> violations)
            throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true"); // else each response waits for a delayed ACK
        this.token = token;
        this.bot = bot;
        this.applicationId = applicationId;
        this.installedIn = installedIn;
        this.violations = violations;
        this.messages = new MessageStore(bot, applicationId);
        this.interactions = new InteractionEndpoints(applicationId, messages, violations);
        server = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
    }

    void start(URI gateway) {
        this.gateway = gateway;
        server.start();
    }

    void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    void expect(Interaction i, String channelId) {
        interactions.expect(i, channelId);
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE + "/");
    }

    /**
     * The REST base as seen through a named route, {@code /via/NAME/api/v10/}: the same API, but each
     * request records {@code NAME} in {@link Exchange#via()}. Give each bot process its own name, as if each
     * went through its own REST proxy, and the fake knows which process sent what.
     */
    public URI url(String via) {
        if (!via.matches("[a-z0-9-]+")) throw new IllegalArgumentException("a route name is [a-z0-9-]+: " + via);
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + VIA + via + BASE + "/");
    }

    /**
     * What GET /gateway/bot answers: the shard count Discord recommends (what DISCORD_SHARDS=auto runs) and
     * session_start_limit.max_concurrency, how many shards may IDENTIFY at once (else one per 5 seconds).
     */
    public void gatewayBot(int shards, int concurrency) {
        this.recommendedShards = shards;
        this.maxConcurrency = concurrency;
    }

    /** Installs (or with null removes) the one {@link Tap}. */
    public void tap(Tap t) {
        this.tap = t;
    }

    /**
     * Whether requests are kept for {@link #exchanges()} and the awaits (the default). A load generator
     * that only taps them turns this off, so the fake's memory does not grow with every request and its
     * garbage collection does not weigh on the bot it measures.
     */
    public void keepExchanges(boolean keep) {
        this.keepExchanges = keep;
    }

    // ---- what tests look at

    public synchronized List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** Mentions Discord would have turned into pings: content with a mention and a parse list allowing it. */
    public List<String> pings() {
        return messages.pings();
    }

    /** Waits for the first recorded request matching {@code test}. */
    public Exchange await(Predicate<Exchange> test, Duration timeout) throws InterruptedException {
        return awaitAll(test, 1, timeout).get(0);
    }

    /** Waits until {@code count} recorded requests match {@code test}; returns them in order. */
    public synchronized List<Exchange> awaitAll(Predicate<Exchange> test, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Exchange> found = exchanges.stream().filter(test).toList();
            if (found.size() >= count) return found.subList(0, count);
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("waited " + timeout + " for " + count + " matching requests, saw "
                        + found.size() + "; all requests:\n"
                        + String.join(
                                "\n", exchanges.stream().map(Exchange::toString).toList()));
            }
            wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
    }

    /** The commands registered on a server, or globally for null; null if never registered. */
    public JsonNode commands(String guildIdOrNull) {
        return commands.get(guildIdOrNull == null ? "global" : guildIdOrNull);
    }

    /** A message as Discord stores it now. */
    public ObjectNode message(String id) {
        ObjectNode m = messages.get(id);
        if (m == null) throw new AssertionError("no message " + id);
        return m;
    }

    /** The message an interaction's @original is, once it was acknowledged with one. */
    public String original(Interaction i) {
        return interactions.original(i.id());
    }

    // ---- routing

    private void handle(HttpExchange http) throws IOException {
        try (http) {
            long arrivedNanos = System.nanoTime();
            long receivedAt = System.currentTimeMillis();
            String raw = http.getRequestURI().getRawPath();
            String via = null;
            Matcher routed = VIA_PATH.matcher(raw);
            if (routed.matches()) {
                via = routed.group(1);
                raw = routed.group(2);
            }
            Map<String, String> query = query(http.getRequestURI().getRawQuery());
            String method = http.getRequestMethod();
            String contentType = http.getRequestHeaders().getFirst("Content-Type");
            JsonNode body = body(http.getRequestBody().readAllBytes(), contentType);
            String path = raw.startsWith(BASE + "/") ? raw.substring(BASE.length()) : raw;
            Result r = raw.startsWith(BASE + "/") ? route(http, method, path, query, body) : notFound(raw);
            Exchange e =
                    record(new Exchange(method, path, query, contentType, body, r.status(), r.body(), receivedAt, via));
            Tap t = tap;
            if (t != null) t.received(e, arrivedNanos);
            reply(http, e);
        } catch (RuntimeException e) {
            violations.add("fake REST failed: " + e);
            throw e;
        }
    }

    private Result route(HttpExchange http, String method, String path, Map<String, String> query, JsonNode body) {
        Matcher m;
        // Interaction endpoints are authorised by the token in the path, not the bot token.
        if ((m = CALLBACK.matcher(path)).matches() && method.equals("POST")) {
            return interactions.callback(m.group(1), m.group(2), query, body);
        }
        if ((m = WEBHOOK_MESSAGE.matcher(path)).matches()) {
            return interactions.webhookMessage(method, m.group(1), m.group(2), m.group(3), body);
        }
        if ((m = FOLLOW_UP.matcher(path)).matches() && method.equals("POST")) {
            return interactions.followUp(m.group(1), m.group(2), query, body);
        }
        if (!("Bot " + token).equals(http.getRequestHeaders().getFirst("Authorization"))) {
            return new Result(401, Payloads.error(0, "401: Unauthorized"));
        }
        if (path.equals("/users/@me") && method.equals("GET")) {
            return Result.ok(Payloads.user(bot).put("verified", true).put("mfa_enabled", false));
        }
        if ((path.equals("/gateway/bot") || path.equals("/gateway")) && method.equals("GET")) {
            return Result.ok(Payloads.gatewayBot(gateway.toString(), recommendedShards, maxConcurrency));
        }
        if ((m = GLOBAL_COMMANDS.matcher(path)).matches() && m.group(1).equals(applicationId)) {
            return commandList(method, "global", null, body);
        }
        if ((m = GUILD_COMMANDS.matcher(path)).matches() && m.group(1).equals(applicationId)) {
            if (!installedIn.contains(m.group(2))) return new Result(403, Payloads.error(50001, "Missing Access"));
            return commandList(method, m.group(2), m.group(2), body);
        }
        return notFound(path);
    }

    /** GET or PUT (bulk overwrite) of a command list; Discord assigns ids and versions. */
    private Result commandList(String method, String scope, String guildId, JsonNode body) {
        if (method.equals("GET")) {
            JsonNode list = commands.get(scope);
            return Result.ok(list == null ? Payloads.array() : list);
        }
        if (!method.equals("PUT")) return new Result(405, Payloads.error(0, "405: Method Not Allowed"));
        List<String> problems = CommandRules.problems(body == null ? Payloads.object() : body);
        if (!problems.isEmpty()) return Result.invalid(violations, "commands", problems);
        ArrayNode stored = Payloads.array();
        for (JsonNode c : body) {
            ObjectNode command = ((ObjectNode) c.deepCopy())
                    .put("id", Snowflakes.next())
                    .put("application_id", applicationId)
                    .put("version", Snowflakes.next());
            if (!command.has("type")) command.put("type", 1);
            if (guildId != null) command.put("guild_id", guildId);
            stored.add(command);
        }
        commands.put(scope, stored);
        return Result.ok(stored);
    }

    private Result notFound(String path) {
        return Result.refuse(violations, 404, 0, "404: Not Found", "unknown route " + path);
    }

    private Exchange record(Exchange e) {
        if (!keepExchanges) return e;
        synchronized (this) {
            exchanges.add(e);
            notifyAll();
        }
        return e;
    }

    private static void reply(HttpExchange http, Exchange e) throws IOException {
        if (e.response() == null) {
            http.sendResponseHeaders(e.status(), -1);
            return;
        }
        byte[] out = Payloads.JSON.writeValueAsBytes(e.response());
        http.getResponseHeaders().set("Content-Type", "application/json");
        http.sendResponseHeaders(e.status(), out.length);
        try (OutputStream os = http.getResponseBody()) {
            os.write(out);
        }
    }

    private static JsonNode body(byte[] bytes, String contentType) throws IOException {
        if (bytes.length == 0) return null;
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (contentType != null && contentType.startsWith("multipart/form-data")) {
            // JDA sends messages with files as multipart; the JSON is the part named payload_json.
            int name = text.indexOf("name=\"payload_json\"");
            if (name < 0) return null;
            int start = text.indexOf("\r\n\r\n", name) + 4;
            text = text.substring(start, text.indexOf("\r\n--", start));
        }
        return Payloads.JSON.readTree(text);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        for (String pair : raw.split("&", -1)) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }
}
