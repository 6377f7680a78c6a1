package dev.careermentor.core.session;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Where {@link RecentKeys} live. Each use has its own namespace (Slack deliveries, Share clicks,
 * reports...) and window; keys of one namespace never match another's.
 */
public interface KeyStore {

    /** Keys of {@code namespace}, each remembered for {@code window}. */
    RecentKeys recent(String namespace, Duration window);

    /** Keys in this process's memory: for a core built without a database. */
    static KeyStore inMemory(Ticker ticker) {
        return (namespace, window) -> RecentKeys.inMemory(window, 100_000, ticker);
    }
}
