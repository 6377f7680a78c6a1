package dev.careermentor.app;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP/1.1 endpoint on Jetty 12's core server (no servlets), as the Slack and ops endpoints use it.
 *
 * <p>Jetty reads and parses requests on its selector, without a worker thread: a worker is taken only once
 * a request's headers are complete, so clients that send part of a request and stop hold a socket, not a
 * thread. On top of that each connection is cut off when
 *
 * <ul>
 *   <li>nothing arrives on it for {@link HttpLimits#idleTimeout()} (Jetty's idle timeout);
 *   <li>a request has not arrived whole within {@link HttpLimits#requestTimeout()} of its first byte, body
 *       included (the handler says when it has read the body: {@link #bodyRead}). Jetty 12's core server has
 *       no header timeout and does not enforce {@code HttpConfiguration.setMinRequestDataRate} (only its
 *       servlet layers read it), so a client trickling a byte a second would otherwise never be idle and
 *       never done; this deadline is checked every quarter second by one sweeper thread per endpoint;
 *   <li>its request line and headers exceed {@link HttpLimits#maxHeaderBytes()} (431, or 414 for the line).
 * </ul>
 */
public final class HttpEndpoint implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpEndpoint.class);
    private static final String STATE = HttpEndpoint.class.getName() + ".connection";

    private final Server server;
    private final ServerConnector connector;
    private final Deadlines deadlines;

    /**
     * Binds {@code host:port} at once, so a port in use fails here; serves once {@link #start started}.
     *
     * @param name names the threads
     * @param workers the most threads that run handlers at once (Jetty's selector takes one more)
     * @param ticker the time request deadlines are measured on (the composition root's)
     */
    public HttpEndpoint(
            String name, String host, int port, HttpLimits limits, Ticker ticker, int workers, Handler handler)
            throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(workers + 1, 2, 60_000);
        threads.setName(name);
        threads.setDaemon(true);
        threads.setReservedThreads(0);
        server = new Server(threads);
        server.setStopTimeout(1000);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(limits.maxHeaderBytes());
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // No acceptor threads: the selector accepts too.
        connector = new ServerConnector(server, 0, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.setAcceptQueueSize(128);
        connector.setAcceptedTcpNoDelay(true);
        deadlines = new Deadlines(name, limits.requestTimeout(), ticker);
        connector.addBean(deadlines); // a Connection.Listener: told of every connection opened and closed
        server.addConnector(connector);
        server.setHandler(new Tracked(handler, deadlines));
        connector.open();
    }

    public void start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the HTTP endpoint did not start: " + e.getMessage(), e);
        }
    }

    /** The port listened on (useful when configured as 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Whether accepted connections run with TCP_NODELAY (without, each keep-alive answer can wait ~40 ms). */
    public boolean noDelay() {
        return connector.getAcceptedTcpNoDelay();
    }

    /** How many connections were closed for not sending a whole request in time. */
    public long cutOff() {
        return deadlines.cut.get();
    }

    /** Closes the port and every connection; handlers still running get a second to finish. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("HTTP endpoint did not stop cleanly: {}", e.toString());
        }
    }

    /** Tells the request deadline that {@code request}'s body has been read whole: the rest is the server's time. */
    public static void bodyRead(Request request) {
        if (request.getAttribute(STATE) instanceof Deadlines.State state) state.bodyRead();
    }

    /** Marks each request's connection as being handled, and as between requests once the answer is sent. */
    private static final class Tracked extends Handler.Wrapper {
        private final Deadlines deadlines;

        Tracked(Handler handler, Deadlines deadlines) {
            super(handler);
            this.deadlines = deadlines;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            Deadlines.State state =
                    deadlines.open.get(request.getConnectionMetaData().getConnection());
            if (state == null) return super.handle(request, response, callback);
            String length = request.getHeaders().get(HttpHeader.CONTENT_LENGTH);
            boolean noBody = !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)
                    && (length == null || length.strip().matches("0+"));
            state.started(noBody);
            request.setAttribute(STATE, state);
            return super.handle(request, response, Callback.from(state::answered, callback));
        }
    }

    /** The request deadline of every open connection, checked by one sweeper thread. */
    private static final class Deadlines extends AbstractLifeCycle implements Connection.Listener {
        private static final long SWEEP_MILLIS = 250;

        final Map<Connection, State> open = new ConcurrentHashMap<>();
        final AtomicLong cut = new AtomicLong();
        private final String name;
        private final long limitNanos;
        private final Ticker ticker;
        private @Nullable ScheduledExecutorService sweeper;

        Deadlines(String name, Duration limit, Ticker ticker) {
            this.name = name;
            this.limitNanos = limit.toNanos();
            this.ticker = ticker;
        }

        @Override
        protected void doStart() {
            ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, name + "-deadlines");
                t.setDaemon(true);
                return t;
            });
            // Runs until the endpoint stops and shuts the scheduler down; nothing waits on it.
            var unused = s.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
            sweeper = s;
        }

        @Override
        protected void doStop() {
            ScheduledExecutorService s = sweeper;
            if (s != null) s.shutdownNow();
        }

        @Override
        public void onOpened(Connection connection) {
            open.put(connection, new State(connection, ticker));
        }

        @Override
        public void onClosed(Connection connection) {
            open.remove(connection);
        }

        private void sweep() {
            try {
                long now = ticker.read();
                for (State s : open.values()) {
                    if (s.overdue(now, limitNanos)) {
                        cut.incrementAndGet();
                        log.debug("closing {}: no whole request within the time limit", s.connection);
                        s.connection.getEndPoint().close();
                    }
                }
            } catch (RuntimeException e) {
                log.warn("request deadline sweep failed", e);
            }
        }

        /**
         * One connection: between requests (bytes past {@code mark} start a request's clock), receiving a
         * request (the clock runs: {@code since}), or handling one whose body has been read (no clock).
         */
        static final class State {
            final Connection connection;
            private final Ticker ticker;
            private long mark;
            private long since = -1;
            private boolean handling;
            private boolean bodyRead;
            private boolean closing;

            State(Connection connection, Ticker ticker) {
                this.connection = connection;
                this.ticker = ticker;
            }

            synchronized void started(boolean noBody) {
                handling = true;
                bodyRead = noBody;
                if (since < 0) since = ticker.read();
            }

            synchronized void bodyRead() {
                bodyRead = true;
            }

            synchronized void answered() {
                handling = false;
                bodyRead = false;
                since = -1;
                mark = connection.getBytesIn();
            }

            synchronized boolean overdue(long now, long limit) {
                if (handling && bodyRead) return false;
                if (since < 0) {
                    if (!handling && connection.getBytesIn() > mark) since = now;
                    return false;
                }
                if (closing || now - since <= limit) return false;
                closing = true;
                return true;
            }
        }
    }
}
