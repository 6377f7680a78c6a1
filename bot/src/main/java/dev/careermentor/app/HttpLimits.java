package dev.careermentor.app;

import java.time.Duration;

/**
 * How long and how much the bot's HTTP endpoints (Slack and ops) give one client, so that slow or stalled
 * clients are cut off instead of holding connections and threads.
 *
 * @param idleTimeout a connection on which nothing arrives for this long is closed
 * @param requestTimeout from its first byte, a request (its headers and its body) must arrive whole within
 *     this; the server's own work on it is not counted
 * @param maxHeaderBytes the request line and headers together; larger requests get 431 (or 414)
 */
public record HttpLimits(Duration idleTimeout, Duration requestTimeout, int maxHeaderBytes) {
    /**
     * Slack sends a request whole in well under a second and gives up on an answer after 3 s; a Prometheus
     * scraper or a probe sends a few hundred bytes. Headers: Slack's are about 1 KB; 64 KiB leaves room for
     * proxies' additions and is still a bounded buffer per connection.
     */
    public static final HttpLimits DEFAULT = new HttpLimits(Duration.ofSeconds(10), Duration.ofSeconds(10), 64 * 1024);

    public HttpLimits {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) throw new IllegalArgumentException("idleTimeout");
        if (requestTimeout.isNegative() || requestTimeout.isZero())
            throw new IllegalArgumentException("requestTimeout");
        if (maxHeaderBytes < 1024) throw new IllegalArgumentException("maxHeaderBytes");
    }
}
