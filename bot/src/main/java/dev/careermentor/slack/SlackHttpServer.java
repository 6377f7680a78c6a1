package dev.careermentor.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.util.JsonPayloadExtractor;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.careermentor.adapter.InFlight;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the Bolt app with the JDK's HTTP server: {@code POST /slack/events} and {@code GET /health}.
 * A request reaches Bolt only after its size and signature have been checked here; Bolt then checks
 * the signature again with its own middleware.
 */
final class SlackHttpServer {
    private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);

    static final String EVENTS = "/slack/events";
    static final String HEALTH = "/health";

    /**
     * The largest body accepted. Slash commands are a few hundred bytes. The largest thing Slack sends
     * here is a click on a button of a message posted in a channel: the payload then echoes that whole
     * message, URL-encoded (a character such as "•" becomes 9 bytes). The longest answer the shipped
     * knowledge gives ("role all") renders to 16 KB of Block Kit JSON, 20 KB encoded; 256 KiB leaves
     * ten times that for Slack's additions and a longer knowledge file, while 16 busy workers buffer
     * at most 4 MiB between them.
     */
    static final int MAX_BODY = 256 * 1024;
    /** A refused body up to this size is read and discarded first, so the client sees the 413. */
    private static final int DRAIN_LIMIT = 1024 * 1024;
    /**
     * Requests only parse, look up and render (about a millisecond each); the occasional auth.test
     * refresh waits on Slack. Sixteen workers keep a few slow calls from stalling the rest; past the
     * queue, the server's own thread runs the request, which slows accepting instead of dropping.
     */
    private static final int WORKERS = 16;

    private static final int QUEUE = 256;
    /** The requests Bolt runs: slash commands, button clicks, and Slack's own checks of the endpoint. */
    private static final Set<RequestType> SERVED =
            EnumSet.of(RequestType.Command, RequestType.BlockAction, RequestType.SSLCheck, RequestType.UrlVerification);

    private final App app;
    private final SlackRequestParser parser;
    private final JsonPayloadExtractor payloads = new JsonPayloadExtractor();
    private final SlackSignatures signatures;
    private final Runnable onRefused;
    private final InFlight inFlight;
    private @Nullable HttpServer server;
    private @Nullable ThreadPoolExecutor workers;

    /**
     * @param onRefused told about each request refused for its signature or timestamp, for metrics
     * @param inFlight admits requests, and answers 503 once it is closed (the adapter drains it on stop)
     */
    SlackHttpServer(App app, SlackSignatures signatures, Runnable onRefused, InFlight inFlight) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signatures = signatures;
        this.onRefused = onRefused;
        this.inFlight = inFlight;
    }

    /**
     * Listens on {@code host:port}. The JDK HTTP server's settings (TCP_NODELAY, time limits) are the
     * process's, applied by the composition root before any server existed: see {@code app.JdkHttp}.
     */
    void start(String host, int port) throws IOException {
        workers = new ThreadPoolExecutor(
                WORKERS,
                WORKERS,
                60,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE),
                daemonThreads("slack-http-"),
                new ThreadPoolExecutor.CallerRunsPolicy());
        workers.allowCoreThreadTimeOut(true);
        server = HttpServer.create(new InetSocketAddress(host, port), 128);
        server.createContext(EVENTS, this::events);
        server.createContext(HEALTH, this::health);
        server.setExecutor(workers);
        server.start();
        log.info("Slack HTTP endpoint listening on {}:{}{}", host, port(), EVENTS);
    }

    int port() {
        return server == null ? -1 : server.getAddress().getPort();
    }

    boolean listening() {
        return server != null && !inFlight.closed();
    }

    /** Refuses new requests (503), lets running ones finish within {@code grace}, then closes the port. */
    void stop(Duration grace) throws InterruptedException {
        if (!inFlight.close(grace)) log.warn("Slack requests still running after {}; closing anyway", grace);
        close();
    }

    /** Closes the port; requests should have been drained through the {@link InFlight} first. */
    void close() throws InterruptedException {
        HttpServer server = this.server;
        ThreadPoolExecutor workers = this.workers;
        if (server == null || workers == null) return;
        server.stop(0);
        workers.shutdown();
        if (!workers.awaitTermination(1, TimeUnit.SECONDS)) workers.shutdownNow();
    }

    private void health(HttpExchange ex) throws IOException {
        try {
            if (!ex.getRequestMethod().equals("GET")) {
                ex.getResponseHeaders().set("Allow", "GET");
                send(ex, 405, "use GET");
            } else if (!ex.getRequestURI().getPath().equals(HEALTH)) {
                send(ex, 404, "not found");
            } else {
                send(ex, inFlight.closed() ? 503 : 200, inFlight.closed() ? "stopping" : "ok");
            }
        } finally {
            ex.close();
        }
    }

    private void events(HttpExchange ex) {
        try {
            if (!inFlight.enter()) {
                send(ex, 503, "stopping");
                return;
            }
            try {
                serve(ex);
            } finally {
                inFlight.exit();
            }
        } catch (IOException e) {
            log.debug("Slack request connection failed: {}", e.toString());
        } catch (RuntimeException e) {
            log.error("Slack request failed", e);
            trySend(ex, 500, "internal error");
        } finally {
            ex.close();
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        if (!ex.getRequestURI().getPath().equals(EVENTS)) {
            send(ex, 404, "not found");
            return;
        }
        if (!ex.getRequestMethod().equals("POST")) {
            ex.getResponseHeaders().set("Allow", "POST");
            send(ex, 405, "use POST");
            return;
        }
        long declared = declaredLength(ex.getRequestHeaders());
        if (declared == -2) {
            send(ex, 400, "bad Content-Length");
            return;
        }
        if (declared > MAX_BODY) {
            tooLarge(ex, declared);
            return;
        }
        byte[] body = ex.getRequestBody().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            tooLarge(ex, declared);
            return;
        }
        Headers headers = ex.getRequestHeaders();
        SlackSignatures.Verdict verdict = signatures.verify(
                headers.getFirst("X-Slack-Request-Timestamp"), headers.getFirst("X-Slack-Signature"), body);
        if (verdict != SlackSignatures.Verdict.VALID) {
            log.info("refused a Slack request from {}: {}", ex.getRemoteAddress(), verdict.reason());
            onRefused.run();
            send(ex, 401, verdict.reason());
            return;
        }
        Request<?> request;
        try {
            request = parse(
                    new String(body, StandardCharsets.UTF_8),
                    new RequestHeaders(headers),
                    ex.getRemoteAddress().getAddress().getHostAddress());
        } catch (RuntimeException e) { // JSON or form encoding Bolt cannot read
            request = null;
        }
        if (request == null || malformedClick(request)) {
            send(ex, 400, "not a Slack request this app understands");
            return;
        }
        if (!SERVED.contains(request.getRequestType())) {
            // Slack sends nothing else to this app. Acknowledged as Bolt's unmatched handler would, without
            // Bolt's router, which reads some payloads unchecked (view_closed without a view: a 500).
            ex.sendResponseHeaders(200, -1);
            return;
        }
        Response response;
        try {
            response = app.run(request);
        } catch (Exception e) {
            log.error("Bolt failed on a signed Slack request", e);
            send(ex, 500, "internal error");
            return;
        }
        write(ex, response);
    }

    /**
     * The request as Bolt's parser makes it, except that a click is read with a shared Gson (see
     * {@link SlackClickRequest}); null when Bolt would not recognise it.
     */
    private Request<?> parse(String body, RequestHeaders headers, String remoteAddress) {
        String payload = body.contains("payload") ? payloads.extractIfExists(body) : null;
        if (payload != null && BlockActionPayload.TYPE.equals(SlackClickRequest.type(payload))) {
            // What SlackRequestParser.parse does after making a BlockActionRequest.
            Request<?> click = new SlackClickRequest(body, payload, headers);
            click.setSocketMode(false);
            click.updateContext(app.config());
            String forwarded = headers.getFirstValue("X-FORWARDED-FOR");
            click.setClientIpAddress(forwarded != null ? forwarded : remoteAddress);
            return click;
        }
        return parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(EVENTS)
                .queryString(Map.of())
                .headers(headers)
                .requestBody(body)
                .remoteAddress(remoteAddress)
                .build());
    }

    /**
     * True for a signed click Bolt's router would fail on rather than refuse: one whose actions include
     * {@code null} (Bolt reads the action_id unchecked, and the failure would surface as a 500).
     */
    private static boolean malformedClick(Request<?> request) {
        return request instanceof BlockActionRequest click
                && click.getPayload() != null
                && click.getPayload().getActions() != null
                && click.getPayload().getActions().contains(null);
    }

    /** The byte count the client announced, -1 when it announced none, -2 when unreadable. */
    private static long declaredLength(Headers headers) {
        String value = headers.getFirst("Content-Length");
        if (value == null) return -1;
        try {
            long n = Long.parseLong(value.strip());
            return n < 0 ? -2 : n;
        } catch (NumberFormatException e) {
            return -2;
        }
    }

    private static void tooLarge(HttpExchange ex, long declared) throws IOException {
        if (declared <= DRAIN_LIMIT) {
            // Reading the rest first means the connection closes with nothing unread, so the client
            // gets this answer rather than a reset while it is still sending.
            drain(ex.getRequestBody());
        }
        ex.getResponseHeaders().set("Connection", "close");
        send(ex, 413, "request body over " + MAX_BODY + " bytes");
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while (total < DRAIN_LIMIT && (n = in.read(buffer)) > 0) total += n;
    }

    private static void write(HttpExchange ex, Response r) throws IOException {
        Headers out = ex.getResponseHeaders();
        if (r.getHeaders() != null) {
            for (Map.Entry<String, List<String>> h : r.getHeaders().entrySet()) {
                for (String v : h.getValue()) out.add(h.getKey(), v);
            }
        }
        out.set("Content-Type", r.getContentType() == null ? "text/plain; charset=utf-8" : r.getContentType());
        byte[] body = r.getBody() == null ? new byte[0] : r.getBody().getBytes(StandardCharsets.UTF_8);
        int status = r.getStatusCode() == null ? 200 : r.getStatusCode();
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }

    private static void send(HttpExchange ex, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!ex.getResponseHeaders().containsKey("Content-Type")) {
            ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        }
        if (ex.getRequestMethod().equals("HEAD")) { // an answer to HEAD has no body
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }

    private static void trySend(HttpExchange ex, int status, String text) {
        try {
            send(ex, status, text);
        } catch (IOException | RuntimeException ignored) {
            // headers were already sent, or the client is gone: nothing more can be said
        }
    }

    static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
