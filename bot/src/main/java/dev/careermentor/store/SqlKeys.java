package dev.careermentor.store;

import dev.careermentor.core.session.KeyStore;
import dev.careermentor.core.session.RecentKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recent keys in the database. The first copy of the bot to insert a key owns the request; every other
 * copy finds the row and stays quiet, until the key's window has passed and it may be taken again.
 */
final class SqlKeys implements KeyStore {
    private static final Logger log = LoggerFactory.getLogger(SqlKeys.class);
    /** Longer keys are kept as their SHA-256, so the column's size never refuses one. */
    static final int MAX_KEY = 200;

    private final DataSource ds;
    private final Clock clock;
    private final AtomicLong failures = new AtomicLong();

    SqlKeys(DataSource ds, Clock clock) {
        this.ds = ds;
        this.clock = clock;
    }

    @Override
    public RecentKeys recent(String namespace, Duration window) {
        if (namespace.contains("|")) throw new IllegalArgumentException("a namespace has no '|': " + namespace);
        long windowMs = window.toMillis();
        return key -> firstTime(namespace + "|" + key, windowMs);
    }

    static String stored(String key) {
        if (key.length() <= MAX_KEY) return key;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return key.substring(0, key.indexOf('|') + 1) + "sha256:"
                    + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private boolean firstTime(String key, long windowMs) {
        String k = stored(key);
        long now = clock.millis();
        try {
            return Sql.run(ds, "remember a key", c -> {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO recent_keys (k, expires_at_ms) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                    insert.setString(1, k);
                    insert.setLong(2, now + windowMs);
                    if (insert.executeUpdate() == 1) return true;
                }
                // The key is there: a repeat, unless its window has passed (then this is new again). Two
                // copies racing for an expired key: the row lock lets one update it; the other sees the new
                // expiry and matches nothing.
                try (PreparedStatement renew = c.prepareStatement(
                        "UPDATE recent_keys SET expires_at_ms = ? WHERE k = ? AND expires_at_ms <= ?")) {
                    renew.setLong(1, now + windowMs);
                    renew.setString(2, k);
                    renew.setLong(3, now);
                    return renew.executeUpdate() == 1;
                }
            });
        } catch (IOException e) {
            // Answer rather than drop: a repeat answered twice is better than a question never answered.
            if (failures.getAndIncrement() % 1000 == 0) {
                log.warn(
                        "cannot check for repeated requests ({}); taking each as new until the database answers",
                        e.getMessage());
            }
            return true;
        }
    }

    /** Deletes keys whose window has passed; the store's housekeeping calls it. */
    int prune() throws IOException {
        long now = clock.millis();
        return Sql.run(ds, "forget old keys", c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM recent_keys WHERE expires_at_ms < ?")) {
                p.setLong(1, now);
                return p.executeUpdate();
            }
        });
    }
}
