package dev.careermentor.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.careermentor.adapter.PlatformAdapter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * The operators' endpoint: liveness, readiness and Prometheus metrics, bound to loopback unless configured
 * otherwise, so metrics are not exposed to the internet by accident. It answers exactly {@code /health/live},
 * {@code /health/ready} and {@code /metrics}, to GET and HEAD only: 405 (with Allow) for another method on
 * those paths, 404 for any other path. Served by an {@link HttpEndpoint} (Jetty), so clients that connect and
 * stall cannot keep liveness checks from being answered.
 */
public final class OpsServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String LIVE = "/health/live";
    static final String READY = "/health/ready";
    static final String METRICS = "/metrics";
    private static final String TEXT = "text/plain; charset=utf-8";
    /** Every answer is a few bytes or one scrape; four handlers at once is plenty for probes and a scraper. */
    private static final int WORKERS = 4;

    private final HttpEndpoint endpoint;
    private final PrometheusMeterRegistry registry;
    private final BooleanSupplier knowledgeLoaded;
    private final Supplier<@Nullable String> knowledgeFolderProblem;
    private final Supplier<@Nullable String> databaseProblem;
    private final List<PlatformAdapter> platforms;

    /**
     * Binds {@code host:port} now (a port in use fails here); serves once {@link #start started}.
     *
     * @param ticker the time slow clients' request deadlines are measured on (the composition root's)
     */
    public OpsServer(
            String host,
            int port,
            HttpLimits limits,
            Ticker ticker,
            PrometheusMeterRegistry registry,
            BooleanSupplier knowledgeLoaded,
            List<PlatformAdapter> platforms)
            throws IOException {
        this(host, port, limits, ticker, registry, knowledgeLoaded, () -> null, platforms);
    }

    /**
     * As above, with the knowledge folder's state for readiness.
     *
     * @param knowledgeFolderProblem why the knowledge folder cannot be read now, or null: readiness reports
     *     it but stays ready, since the bot answers from the last good version meanwhile
     */
    public OpsServer(
            String host,
            int port,
            HttpLimits limits,
            Ticker ticker,
            PrometheusMeterRegistry registry,
            BooleanSupplier knowledgeLoaded,
            Supplier<@Nullable String> knowledgeFolderProblem,
            List<PlatformAdapter> platforms)
            throws IOException {
        this(host, port, limits, ticker, registry, knowledgeLoaded, knowledgeFolderProblem, () -> null, platforms);
    }

    /**
     * As above, with the database's state for readiness.
     *
     * @param databaseProblem why the database cannot be reached now, or null: readiness reports it but
     *     stays ready, since questions are still answered (a repeat may then be answered twice)
     */
    public OpsServer(
            String host,
            int port,
            HttpLimits limits,
            Ticker ticker,
            PrometheusMeterRegistry registry,
            BooleanSupplier knowledgeLoaded,
            Supplier<@Nullable String> knowledgeFolderProblem,
            Supplier<@Nullable String> databaseProblem,
            List<PlatformAdapter> platforms)
            throws IOException {
        this.databaseProblem = databaseProblem;
        this.registry = registry;
        this.knowledgeLoaded = knowledgeLoaded;
        this.knowledgeFolderProblem = knowledgeFolderProblem;
        this.platforms = List.copyOf(platforms);
        this.endpoint = new HttpEndpoint("ops-http", host, port, limits, ticker, WORKERS, new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                serve(request, response, callback);
                return true;
            }
        });
    }

    public void start() {
        endpoint.start();
    }

    public int port() {
        return endpoint.port();
    }

    /**
     * Ready when the knowledge is loaded and every configured platform is connected. A knowledge folder
     * that cannot be read is reported but does not make the bot unready: it answers from the last good
     * version, and taking every replica out of service because a shared mount stalled would turn a stale
     * folder into an outage.
     */
    public boolean isReady() {
        if (!knowledgeLoaded.getAsBoolean()) return false;
        for (PlatformAdapter p : platforms) {
            if (!p.ready()) return false;
        }
        return true;
    }

    private void serve(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        boolean known = path.equals(LIVE) || path.equals(READY) || path.equals(METRICS);
        if (!known) {
            reply(request, response, callback, 404, TEXT, "not found: try /health/live, /health/ready or /metrics\n");
            return;
        }
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            reply(request, response, callback, 405, TEXT, "use GET or HEAD\n");
            return;
        }
        try {
            switch (path) {
                case LIVE -> reply(request, response, callback, 200, TEXT, "ok\n");
                case READY -> ready(request, response, callback);
                default ->
                    reply(
                            request,
                            response,
                            callback,
                            200,
                            "text/plain; version=0.0.4; charset=utf-8",
                            registry.scrape());
            }
        } catch (RuntimeException e) {
            callback.failed(e);
        }
    }

    private void ready(Request request, Response response, Callback callback) {
        boolean ready = isReady();
        ObjectNode json = JSON.createObjectNode();
        json.put("status", ready ? "ready" : "not ready");
        json.put("knowledge", knowledgeLoaded.getAsBoolean() ? "loaded" : "missing");
        String folder = knowledgeFolderProblem.get();
        json.put("knowledge_folder", folder == null ? "ok" : "unreadable: " + folder);
        String database = databaseProblem.get();
        json.put("database", database == null ? "ok" : "unreachable: " + database);
        for (PlatformAdapter p : platforms) json.put(p.name(), p.ready() ? "connected" : "down");
        reply(request, response, callback, ready ? 200 : 503, "application/json", json.toString() + "\n");
    }

    private static void reply(
            Request request, Response response, Callback callback, int status, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        if (request.getMethod().equals("HEAD")) {
            response.write(true, ByteBuffer.allocate(0), callback);
            return;
        }
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    @Override
    public void close() {
        endpoint.close();
    }
}
