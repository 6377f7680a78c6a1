package dev.careermentor.core.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/** {@link RecentKeys} in one process's memory (Caffeine), for a core built without a database. */
final class MemoryKeys implements RecentKeys {
    private final Cache<String, Boolean> seen;

    MemoryKeys(Duration window, long maxKeys, Ticker ticker) {
        this.seen = Caffeine.newBuilder()
                .expireAfterWrite(window)
                .maximumSize(maxKeys)
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    @Override
    public boolean firstTime(String key) {
        return seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }
}
