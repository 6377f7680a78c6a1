package dev.careermentor.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.careermentor.adapter.PlatformAdapter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * The operators' endpoint: liveness, readiness and Prometheus metrics on a small JDK HTTP server,
 * bound to loopback unless configured otherwise, so metrics are not exposed to the internet by accident.
 */
public final class OpsServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final BooleanSupplier knowledgeLoaded;
    private final List<PlatformAdapter> platforms;

    public OpsServer(
            String host,
            int port,
            PrometheusMeterRegistry registry,
            BooleanSupplier knowledgeLoaded,
            List<PlatformAdapter> platforms)
            throws IOException {
        this.knowledgeLoaded = knowledgeLoaded;
        this.platforms = List.copyOf(platforms);
        this.server = HttpServer.create(new InetSocketAddress(host, port), 16);
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ops-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/health/live", ex -> reply(ex, 200, "text/plain; charset=utf-8", "ok\n"));
        server.createContext("/health/ready", this::ready);
        server.createContext(
                "/metrics", ex -> reply(ex, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
        server.createContext(
                "/",
                ex -> reply(
                        ex,
                        404,
                        "text/plain; charset=utf-8",
                        "not found: try /health/live, /health/ready or /metrics\n"));
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Ready when the knowledge is loaded and every configured platform is connected. */
    public boolean isReady() {
        if (!knowledgeLoaded.getAsBoolean()) return false;
        for (PlatformAdapter p : platforms) {
            if (!p.ready()) return false;
        }
        return true;
    }

    private void ready(HttpExchange ex) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("knowledge", knowledgeLoaded.getAsBoolean() ? "loaded" : "missing");
        for (PlatformAdapter p : platforms) parts.put(p.name(), p.ready() ? "connected" : "down");
        boolean ready = isReady();
        StringBuilder json = new StringBuilder("{\"status\":\"")
                .append(ready ? "ready" : "not ready")
                .append('"');
        parts.forEach(
                (k, v) -> json.append(",\"").append(k).append("\":\"").append(v).append('"'));
        json.append("}\n");
        reply(ex, ready ? 200 : 503, "application/json", json.toString());
    }

    private static void reply(HttpExchange ex, int status, String type, String body) throws IOException {
        try (ex) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", type);
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            if ("HEAD".equals(ex.getRequestMethod())) {
                ex.sendResponseHeaders(status, -1);
                return;
            }
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
