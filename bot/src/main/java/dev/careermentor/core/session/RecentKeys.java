package dev.careermentor.core.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Remembers keys for a while so a repeated delivery (a platform retry, a double click) can be told
 * apart from a new request. Bounded, so a flood of unique keys only ages out older ones sooner.
 */
public final class RecentKeys {
    private final Cache<String, Boolean> seen;

    public RecentKeys(Duration window, long maxKeys, Ticker ticker) {
        this.seen = Caffeine.newBuilder()
                .expireAfterWrite(window)
                .maximumSize(maxKeys)
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    /** True the first time {@code key} is offered within the window; false for every repeat. */
    public boolean firstTime(String key) {
        return seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }
}
