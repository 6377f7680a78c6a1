package dev.careermentor.core.session;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Remembers keys for a while so a repeated delivery (a platform retry, a double click) can be told
 * apart from a new request. The bot keeps them in its database, so a retry that reaches another copy
 * is recognised too; {@link #inMemory} is for a core built without one (unit tests of the core).
 */
public interface RecentKeys {

    /** True the first time {@code key} is offered within the window; false for every repeat. */
    boolean firstTime(String key);

    /** Keys in this process's memory, bounded: a flood of unique keys only ages out older ones sooner. */
    static RecentKeys inMemory(Duration window, long maxKeys, Ticker ticker) {
        return new MemoryKeys(window, maxKeys, ticker);
    }
}
