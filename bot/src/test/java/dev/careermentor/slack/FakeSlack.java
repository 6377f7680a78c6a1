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
 * A local stand-in for Slack's side: the Web API under /api/ (auth.test, apps.connections.open) and
 * response_url endpoints under /respond/, capturing every JSON body the bot posts there.
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

    private final HttpServer server;
    private final List<String> apiCalls = new CopyOnWriteArrayList<>();
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
        ex.getRequestBody().readAllBytes();
        String body = switch (method) {
            case "auth.test" ->
                tokenValid
                        ? "{\"ok\":true,\"url\":\"https://test.slack.com/\",\"team\":\"Test\",\"user\":\"mentor\","
                                + "\"team_id\":\"T0TEST\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}"
                        : "{\"ok\":false,\"error\":\"invalid_auth\"}";
            case "apps.connections.open" ->
                appTokenValid
                        ? "{\"ok\":true,\"url\":\"" + socketUrl + "\"}"
                        : "{\"ok\":false,\"error\":\"invalid_auth\"}";
            default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
        };
        reply(ex, body);
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
