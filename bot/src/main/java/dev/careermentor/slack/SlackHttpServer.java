package dev.careermentor.slack;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.oauth.payload.VerificationCodePayload;
import com.slack.api.app_backend.util.JsonPayloadExtractor;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.request.builtin.OAuthStartRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import dev.careermentor.adapter.InFlight;
import dev.careermentor.app.HttpEndpoint;
import dev.careermentor.app.HttpLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the Bolt app over HTTP: {@code POST /slack/events} and {@code GET /health}, and when serving many
 * workspaces the install pages {@code GET /slack/install} and {@code GET /slack/oauth_redirect}, on an
 * {@link HttpEndpoint} (Jetty 12's core server, no servlets). Jetty parses requests without holding a thread
 * and the endpoint cuts off clients that do not send a whole request in time ({@link HttpLimits}), on every
 * path, so slow clients cannot keep Slack's requests waiting. The body is read without blocking: a thread is
 * held only while a request is checked and run. A request from Slack reaches Bolt only after its size and
 * signature have been checked here; Bolt then checks the signature again with its own middleware.
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
     * refresh waits on Slack. Sixteen workers keep a few slow calls from stalling the rest; requests past
     * them wait in Jetty's queue. Slow clients hold none: Jetty reads headers and bodies without a thread.
     */
    private static final int WORKERS = 16;

    /** The requests Bolt runs: slash commands, button clicks, and Slack's own checks of the endpoint. */
    private static final Set<RequestType> SERVED =
            EnumSet.of(RequestType.Command, RequestType.BlockAction, RequestType.SSLCheck, RequestType.UrlVerification);
    /** The events Bolt runs when serving many workspaces: they delete installations. */
    private static final Set<String> UNINSTALL_EVENTS =
            Set.of(AppUninstalledEvent.TYPE_NAME, TokensRevokedEvent.TYPE_NAME);
    /**
     * On the install pages: no caching (each holds a one-time state), no framing (an "Add to Slack" button must
     * not be clicked through someone else's page), no Referer (the redirect's address holds the code), nothing
     * loaded from elsewhere.
     */
    private static final Map<String, String> PAGE_HEADERS = Map.of(
            "Cache-Control", "no-store",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer",
            "X-Content-Type-Options", "nosniff");

    private final App app;
    private final SlackRequestParser parser;
    private final JsonPayloadExtractor payloads = new JsonPayloadExtractor();
    private final SlackSignatures signatures;
    private final Runnable onRefused;
    private final InFlight inFlight;
    private final HttpLimits limits;
    private final Ticker ticker;
    /** Whether the app serves many workspaces: the install pages and the uninstall events are served. */
    private final boolean installs;

    private volatile @Nullable HttpEndpoint endpoint;

    /**
     * @param onRefused told about each request refused for its signature or timestamp, for metrics
     * @param inFlight admits requests, and answers 503 once it is closed (the adapter drains it on stop)
     */
    SlackHttpServer(App app, SlackSignatures signatures, Runnable onRefused, InFlight inFlight, Ticker ticker) {
        this(app, signatures, onRefused, inFlight, HttpLimits.DEFAULT, ticker);
    }

    /**
     * @param limits how long and how much one client is given (idle and request time limits, header size)
     * @param ticker the time those limits are measured on (the composition root's)
     */
    SlackHttpServer(
            App app,
            SlackSignatures signatures,
            Runnable onRefused,
            InFlight inFlight,
            HttpLimits limits,
            Ticker ticker) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signatures = signatures;
        this.onRefused = onRefused;
        this.inFlight = inFlight;
        this.limits = limits;
        this.ticker = ticker;
        this.installs = app.config().isDistributedApp();
    }

    /** Listens on {@code host:port}. */
    void start(String host, int port) throws IOException {
        HttpEndpoint e = new HttpEndpoint("slack-http", host, port, limits, ticker, WORKERS, new Handler.Abstract() {
            @Override
            public boolean handle(
                    org.eclipse.jetty.server.Request request,
                    org.eclipse.jetty.server.Response response,
                    Callback callback) {
                route(request, response, callback);
                return true;
            }
        });
        e.start();
        endpoint = e;
        log.info(
                "Slack HTTP endpoint listening on {}:{}{}{}",
                host,
                port(),
                EVENTS,
                installs ? ", install pages " + ManyWorkspaces.INSTALL + " and " + ManyWorkspaces.REDIRECT : "");
    }

    int port() {
        HttpEndpoint e = endpoint;
        return e == null ? -1 : e.port();
    }

    /** Whether accepted connections run with TCP_NODELAY; false when not listening. */
    boolean noDelay() {
        HttpEndpoint e = endpoint;
        return e != null && e.noDelay();
    }

    boolean listening() {
        return endpoint != null && !inFlight.closed();
    }

    /** Refuses new requests (503), lets running ones finish within {@code grace}, then closes the port. */
    void stop(Duration grace) throws InterruptedException {
        if (!inFlight.close(grace)) log.warn("Slack requests still running after {}; closing anyway", grace);
        close();
    }

    /** Closes the port; requests should have been drained through the {@link InFlight} first. */
    void close() {
        HttpEndpoint e = endpoint;
        if (e != null) e.close();
    }

    /**
     * As the JDK's server routed by context before: everything under {@code /health} to {@link #health},
     * under {@code /slack/events} to {@link #events}, anything else 404.
     */
    private void route(
            org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response, Callback callback) {
        String path = org.eclipse.jetty.server.Request.getPathInContext(request);
        try {
            if (path.startsWith(HEALTH)) health(request, response, callback, path);
            else if (path.startsWith(EVENTS)) events(request, response, callback, path);
            else if (installs && (path.equals(ManyWorkspaces.INSTALL) || path.equals(ManyWorkspaces.REDIRECT))) {
                installPage(request, response, callback, path);
            } else send(request, response, callback, 404, "not found");
        } catch (RuntimeException e) {
            log.error("Slack request failed", e);
            trySend(request, response, callback, 500, "internal error");
        }
    }

    private void health(
            org.eclipse.jetty.server.Request request,
            org.eclipse.jetty.server.Response response,
            Callback callback,
            String path) {
        if (!request.getMethod().equals("GET")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET");
            send(request, response, callback, 405, "use GET");
        } else if (!path.equals(HEALTH)) {
            send(request, response, callback, 404, "not found");
        } else {
            send(request, response, callback, inFlight.closed() ? 503 : 200, inFlight.closed() ? "stopping" : "ok");
        }
    }

    private void events(
            org.eclipse.jetty.server.Request request,
            org.eclipse.jetty.server.Response response,
            Callback callback,
            String path) {
        if (!inFlight.enter()) {
            send(request, response, callback, 503, "stopping");
            return;
        }
        // Admitted until the answer has been written (or the connection failed), however the body arrives.
        AtomicBoolean left = new AtomicBoolean();
        Callback done = Callback.from(
                () -> {
                    if (left.compareAndSet(false, true)) inFlight.exit();
                },
                callback);
        try {
            admitted(request, response, done, path);
        } catch (RuntimeException e) {
            log.error("Slack request failed", e);
            trySend(request, response, done, 500, "internal error");
        }
    }

    /**
     * An installer's browser: the "Add to Slack" page or Slack's redirect back, run by Bolt's OAuth support.
     * Admitted like Slack's requests (so a stop drains them) and under the same limits; there is no body to
     * read and no signature to check (the state and its cookie stand in for one). The callback waits on Slack
     * ({@code oauth.v2.access}) on a worker, as an auth.test refresh does.
     */
    private void installPage(
            org.eclipse.jetty.server.Request jetty,
            org.eclipse.jetty.server.Response response,
            Callback callback,
            String path) {
        if (!jetty.getMethod().equals("GET")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET");
            send(jetty, response, callback, 405, "use GET");
            return;
        }
        if (!inFlight.enter()) {
            send(jetty, response, callback, 503, "stopping");
            return;
        }
        AtomicBoolean left = new AtomicBoolean();
        Callback done = Callback.from(
                () -> {
                    if (left.compareAndSet(false, true)) inFlight.exit();
                },
                callback);
        try {
            Map<String, List<String>> query = query(jetty.getHttpURI().getQuery());
            if (query == null) {
                send(jetty, response, done, 400, "the address is not valid URL encoding");
                return;
            }
            RequestHeaders headers = headers(jetty);
            Request<?> request;
            if (path.equals(ManyWorkspaces.INSTALL)) {
                request = new OAuthStartRequest("", headers);
            } else {
                request = new OAuthCallbackRequest(query, "", VerificationCodePayload.from(query), headers);
            }
            // What SlackRequestParser.parse does for these two.
            request.setSocketMode(false);
            request.updateContext(app.config());
            request.getQueryString().putAll(query);
            request.setClientIpAddress(org.eclipse.jetty.server.Request.getRemoteAddr(jetty));
            Response answer = app.run(request);
            PAGE_HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
            write(response, done, answer);
        } catch (Exception e) {
            log.error("an install page failed", e);
            trySend(jetty, response, done, 500, "internal error");
        }
    }

    /** The query string's parameters, in order; null when it is not valid URL encoding. */
    static @Nullable Map<String, List<String>> query(@Nullable String raw) {
        Map<String, List<String>> params = new java.util.LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return params;
        try {
            for (String pair : raw.split("&", -1)) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return params;
    }

    private void admitted(
            org.eclipse.jetty.server.Request request,
            org.eclipse.jetty.server.Response response,
            Callback done,
            String path) {
        if (!path.equals(EVENTS)) {
            send(request, response, done, 404, "not found");
            return;
        }
        if (!request.getMethod().equals("POST")) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            send(request, response, done, 405, "use POST");
            return;
        }
        long declared = declaredLength(request);
        if (declared == -2) {
            send(request, response, done, 400, "bad Content-Length");
            return;
        }
        if (declared > MAX_BODY) {
            tooLarge(request, response, done, declared);
            return;
        }
        new BodyReader(request, response, done).run();
    }

    /**
     * Reads the body as it arrives, never waiting on a thread: when nothing is available it asks Jetty to call
     * back once there is, and returns. A client that stops sending is cut off by the endpoint's limits, which
     * fails the read.
     */
    private final class BodyReader implements Runnable {
        private final org.eclipse.jetty.server.Request request;
        private final org.eclipse.jetty.server.Response response;
        private final Callback callback;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        BodyReader(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response, Callback cb) {
            this.request = request;
            this.response = response;
            this.callback = cb;
        }

        @Override
        public void run() {
            try {
                read();
            } catch (RuntimeException e) {
                log.error("Slack request failed", e);
                trySend(request, response, callback, 500, "internal error");
            }
        }

        private void read() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    // The client went away or was cut off mid-body: there is no one to answer.
                    log.debug("Slack request body failed: {}", String.valueOf(chunk.getFailure()));
                    callback.failed(chunk.getFailure());
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                int n = Math.min(bytes.remaining(), MAX_BODY + 1 - body.size());
                byte[] part = new byte[n];
                bytes.get(part);
                body.write(part, 0, n);
                boolean last = chunk.isLast();
                chunk.release();
                if (body.size() > MAX_BODY) {
                    tooLarge(request, response, callback, declaredLength(request));
                    return;
                }
                if (last) {
                    HttpEndpoint.bodyRead(request);
                    serve(request, response, callback, body.toByteArray());
                    return;
                }
            }
        }
    }

    private void serve(
            org.eclipse.jetty.server.Request jetty,
            org.eclipse.jetty.server.Response response,
            Callback callback,
            byte[] body) {
        RequestHeaders headers = headers(jetty);
        SlackSignatures.Verdict verdict = signatures.verify(
                headers.getFirstValue("X-Slack-Request-Timestamp"), headers.getFirstValue("X-Slack-Signature"), body);
        String remote = org.eclipse.jetty.server.Request.getRemoteAddr(jetty);
        if (verdict != SlackSignatures.Verdict.VALID) {
            log.info(
                    "refused a Slack request from {}:{}: {}",
                    remote,
                    org.eclipse.jetty.server.Request.getRemotePort(jetty),
                    verdict.reason());
            onRefused.run();
            send(jetty, response, callback, 401, verdict.reason());
            return;
        }
        Request<?> request;
        try {
            request = parse(new String(body, StandardCharsets.UTF_8), headers, remote);
        } catch (RuntimeException e) { // JSON or form encoding Bolt cannot read
            request = null;
        }
        if (request == null || malformedClick(request)) {
            send(jetty, response, callback, 400, "not a Slack request this app understands");
            return;
        }
        if (!SERVED.contains(request.getRequestType()) && !uninstall(request)) {
            // Slack sends nothing else to this app. Acknowledged as Bolt's unmatched handler would, without
            // Bolt's router, which reads some payloads unchecked (view_closed without a view: a 500).
            response.setStatus(200);
            response.write(true, ByteBuffer.allocate(0), callback);
            return;
        }
        Response answer;
        try {
            answer = app.run(request);
        } catch (Exception e) {
            log.error("Bolt failed on a signed Slack request", e);
            send(jetty, response, callback, 500, "internal error");
            return;
        }
        write(response, callback, answer);
    }

    /** app_uninstalled or tokens_revoked, when serving many workspaces. */
    private boolean uninstall(Request<?> request) {
        return installs
                && request instanceof EventRequest event
                && event.getEventType() != null
                && UNINSTALL_EVENTS.contains(event.getEventType());
    }

    /** The request's headers for Bolt, every name in lower case (Bolt looks them up so). */
    private static RequestHeaders headers(org.eclipse.jetty.server.Request request) {
        Map<String, List<String>> map = new TreeMap<>();
        for (HttpField f : request.getHeaders()) {
            map.computeIfAbsent(f.getLowerCaseName(), k -> new ArrayList<>()).add(f.getValue());
        }
        return new RequestHeaders(map);
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
    private static long declaredLength(org.eclipse.jetty.server.Request request) {
        String value = request.getHeaders().get(HttpHeader.CONTENT_LENGTH);
        if (value == null) return -1;
        try {
            long n = Long.parseLong(value.strip());
            return n < 0 ? -2 : n;
        } catch (NumberFormatException e) {
            return -2;
        }
    }

    private static void tooLarge(
            org.eclipse.jetty.server.Request request,
            org.eclipse.jetty.server.Response response,
            Callback callback,
            long declared) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        String text = "request body over " + MAX_BODY + " bytes";
        if (declared > DRAIN_LIMIT) {
            send(request, response, callback, 413, text);
            return;
        }
        // Reading the rest first means the connection closes with nothing unread, so the client gets this
        // answer rather than a reset while it is still sending.
        new Drain(request, () -> send(request, response, callback, 413, text)).run();
    }

    /** Reads and discards up to {@link #DRAIN_LIMIT} bytes of a refused body without blocking, then answers. */
    private static final class Drain implements Runnable {
        private final org.eclipse.jetty.server.Request request;
        private final Runnable then;
        private long total;

        Drain(org.eclipse.jetty.server.Request request, Runnable then) {
            this.request = request;
            this.then = then;
        }

        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                boolean end = chunk.isLast() || Content.Chunk.isFailure(chunk);
                total += chunk.remaining();
                chunk.release();
                if (end || total >= DRAIN_LIMIT) {
                    if (!Content.Chunk.isFailure(chunk)) HttpEndpoint.bodyRead(request);
                    then.run();
                    return;
                }
            }
        }
    }

    private static void write(org.eclipse.jetty.server.Response out, Callback callback, Response r) {
        if (r.getHeaders() != null) {
            for (Map.Entry<String, List<String>> h : r.getHeaders().entrySet()) {
                for (String v : h.getValue()) out.getHeaders().add(h.getKey(), v);
            }
        }
        out.getHeaders()
                .put(
                        HttpHeader.CONTENT_TYPE,
                        r.getContentType() == null ? "text/plain; charset=utf-8" : r.getContentType());
        byte[] body = r.getBody() == null ? new byte[0] : r.getBody().getBytes(StandardCharsets.UTF_8);
        out.setStatus(r.getStatusCode() == null ? 200 : r.getStatusCode());
        out.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        out.write(true, ByteBuffer.wrap(body), callback);
    }

    private static void send(
            org.eclipse.jetty.server.Request request,
            org.eclipse.jetty.server.Response response,
            Callback callback,
            int status,
            String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!response.getHeaders().contains(HttpHeader.CONTENT_TYPE)) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        }
        response.setStatus(status);
        if (request.getMethod().equals("HEAD")) { // an answer to HEAD has no body
            response.write(true, ByteBuffer.allocate(0), callback);
            return;
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static void trySend(
            org.eclipse.jetty.server.Request request,
            org.eclipse.jetty.server.Response response,
            Callback callback,
            int status,
            String text) {
        if (response.isCommitted()) {
            callback.failed(new IOException("failed after the answer began")); // nothing more can be said
            return;
        }
        try {
            response.reset();
            send(request, response, callback, status, text);
        } catch (RuntimeException e) {
            callback.failed(e);
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
