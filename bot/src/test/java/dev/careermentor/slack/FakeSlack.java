package dev.careermentor.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A local stand-in for Slack's side: the Web API under /api/ (auth.test, apps.connections.open, oauth.v2.access)
 * and response_url endpoints under /respond/, capturing every JSON body the bot posts there.
 *
 * <p>For installs in many workspaces it plays Slack's half of OAuth v2: {@link #authorize} stands for an
 * installer clicking Allow on Slack's authorize page and hands out a one-time code, {@code oauth.v2.access}
 * checks the app's client id and secret (HTTP Basic, as the SDK sends them) and the code, and answers as Slack
 * does with a new bot token for that workspace. auth.test then answers each token with its own workspace, and
 * every Web API call is recorded with the token it carried.
 */
final class FakeSlack implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    static {
        // The JDK reads this once, when the first HttpServer of the JVM is created, and this stand-in is
        // usually first: without it every keep-alive response waits ~40 ms for a delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** One POST the bot made to a response_url. */
    record Post(String path, JsonNode body) {}

    /** One Web API call: the method and the token it carried (null when none: oauth.v2.access). */
    record Call(String method, String token) {}

    /** A workspace as Slack knows it; {@code enterprise} null outside an Enterprise Grid organization. */
    record Workspace(String teamId, String teamName, String enterprise, String installer) {}

    private final HttpServer server;
    private final List<String> apiCalls = new CopyOnWriteArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    /** Codes handed out by authorize and not yet exchanged; exchanged ones are remembered as used. */
    private final java.util.Map<String, Workspace> codes = new java.util.concurrent.ConcurrentHashMap<>();

    private final java.util.Set<String> usedCodes = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Tokens oauth.v2.access gave out, to their workspaces. */
    private final java.util.Map<String, Workspace> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    private final java.util.Map<String, String> lastToken = new java.util.concurrent.ConcurrentHashMap<>();

    private final java.util.concurrent.atomic.AtomicInteger sequence = new java.util.concurrent.atomic.AtomicInteger();
    private volatile String clientId = "";
    private volatile String clientSecret = "";
    private final BlockingQueue<Post> posts = new LinkedBlockingQueue<>();
    private volatile boolean tokenValid = true;
    private volatile boolean appTokenValid = true;
    private volatile String socketUrl = "ws://127.0.0.1:1/";
    /** A response_url path ending in "/slow" waits for this before answering. */
    final CountDownLatch releaseSlow = new CountDownLatch(1);

    final CountDownLatch slowArrived = new CountDownLatch(1);

    FakeSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/api/", this::api);
        server.createContext("/respond/", this::respond);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-slack");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    URI apiUrl() {
        return URI.create(base() + "/api/");
    }

    String responseUrl(String name) {
        return base() + "/respond/" + name;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void rejectToken() {
        tokenValid = false;
    }

    void rejectAppToken() {
        appTokenValid = false;
    }

    void socketUrl(String url) {
        socketUrl = url;
    }

    List<String> apiCalls() {
        return List.copyOf(apiCalls);
    }

    /** Every Web API call with its token, in order. */
    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The app oauth.v2.access accepts: its Client ID and Client Secret. */
    void app(String id, String secret) {
        clientId = id;
        clientSecret = secret;
    }

    /** An installer allowed the app in {@code workspace} on Slack's authorize page: the code Slack redirects with. */
    String authorize(Workspace workspace) {
        String code = "code-" + workspace.teamId() + "-" + sequence.incrementAndGet();
        codes.put(code, workspace);
        return code;
    }

    /** The bot token oauth.v2.access last gave out for this workspace, or null. */
    String tokenOf(String teamId) {
        return lastToken.get(teamId);
    }

    /** Slack revoked this token (the app was uninstalled): auth.test refuses it from now on. */
    void revoke(String token) {
        tokens.remove(token);
    }

    /** The next response_url post; fails if none arrives within five seconds. */
    Post nextPost() throws InterruptedException {
        Post p = posts.poll(5, TimeUnit.SECONDS);
        if (p == null) throw new AssertionError("the bot posted nothing to a response_url within 5 s");
        return p;
    }

    boolean noPostWaiting() {
        return posts.isEmpty();
    }

    private void api(HttpExchange ex) throws IOException {
        String method = ex.getRequestURI().getPath().substring("/api/".length());
        apiCalls.add(method);
        String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String token =
                auth != null && auth.startsWith("Bearer ") ? auth.substring("Bearer ".length()) : field(form, "token");
        calls.add(new Call(method, method.equals("oauth.v2.access") ? null : token));
        String body = switch (method) {
            case "auth.test" -> authTest(token);
            case "apps.connections.open" ->
                appTokenValid
                        ? "{\"ok\":true,\"url\":\"" + socketUrl + "\"}"
                        : "{\"ok\":false,\"error\":\"invalid_auth\"}";
            case "oauth.v2.access" -> oauthV2Access(auth, form);
            default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
        };
        reply(ex, body);
    }

    /** Each token installed through oauth.v2.access is its own workspace's; any other is the single workspace's. */
    private String authTest(String token) {
        if (!tokenValid) return "{\"ok\":false,\"error\":\"invalid_auth\"}";
        if (token != null && token.startsWith("xoxb-oauth-")) {
            Workspace w = tokens.get(token);
            if (w == null) return "{\"ok\":false,\"error\":\"token_revoked\"}";
            return "{\"ok\":true,\"url\":\"https://" + w.teamId().toLowerCase(java.util.Locale.ROOT)
                    + ".slack.com/\",\"team\":\"" + w.teamName() + "\",\"user\":\"mentor\",\"team_id\":\""
                    + w.teamId() + "\",\"user_id\":\"U0BOT" + w.teamId() + "\",\"bot_id\":\"B0BOT" + w.teamId() + "\""
                    + (w.enterprise() == null ? "" : ",\"enterprise_id\":\"" + w.enterprise() + "\"")
                    + ",\"is_enterprise_install\":false}";
        }
        return "{\"ok\":true,\"url\":\"https://test.slack.com/\",\"team\":\"Test\",\"user\":\"mentor\","
                + "\"team_id\":\"T0TEST\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}";
    }

    /** Slack's answer to exchanging an install's code, as documented for oauth.v2.access (a bot token). */
    private String oauthV2Access(String auth, String form) {
        String expected = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        if (auth == null || !auth.startsWith("Basic ")) return "{\"ok\":false,\"error\":\"invalid_client_id\"}";
        String given = new String(java.util.Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8);
        if (!given.startsWith(clientId + ":")) return "{\"ok\":false,\"error\":\"invalid_client_id\"}";
        if (!auth.equals(expected)) return "{\"ok\":false,\"error\":\"bad_client_secret\"}";
        String code = field(form, "code");
        if (code != null && usedCodes.contains(code)) return "{\"ok\":false,\"error\":\"code_already_used\"}";
        Workspace w = code == null ? null : codes.remove(code);
        if (w == null) return "{\"ok\":false,\"error\":\"invalid_code\"}";
        usedCodes.add(code);
        String token = "xoxb-oauth-" + w.teamId() + "-" + sequence.incrementAndGet();
        tokens.put(token, w);
        lastToken.put(w.teamId(), token);
        var o = JSON.createObjectNode();
        o.put("ok", true);
        o.put("app_id", "A0MENTOR");
        o.putObject("authed_user").put("id", w.installer());
        o.put("scope", "commands");
        o.put("token_type", "bot");
        o.put("access_token", token);
        o.put("bot_user_id", "U0BOT" + w.teamId());
        o.putObject("team").put("id", w.teamId()).put("name", w.teamName());
        if (w.enterprise() == null) o.putNull("enterprise");
        else o.putObject("enterprise").put("id", w.enterprise()).put("name", "Org " + w.enterprise());
        o.put("is_enterprise_install", false);
        return o.toString();
    }

    private static String field(String form, String name) {
        for (String pair : form.split("&", -1)) {
            int eq = pair.indexOf('=');
            if (eq > 0
                    && java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8)
                            .equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private void respond(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        JsonNode body = JSON.readTree(ex.getRequestBody().readAllBytes());
        if (path.endsWith("/slow")) {
            slowArrived.countDown();
            try {
                releaseSlow.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        posts.add(new Post(path, body));
        reply(ex, "ok");
    }

    private static void reply(HttpExchange ex, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", text.startsWith("{") ? "application/json" : "text/plain");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    @Override
    public void close() {
        releaseSlow.countDown();
        server.stop(0);
    }
}
