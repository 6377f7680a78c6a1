package dev.careermentor.core.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.careermentor.core.User;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Quiz sessions in memory, keyed by (surface, workspace, user). Bounded in size and idle time so a
 * flood of users cannot exhaust memory. It is a cache, not the record of truth: every quiz button
 * carries its own state, so a lost session only costs a re-render.
 */
public final class SessionStore {

    /** Limits for the store; defaults suit one community bot. */
    public record Settings(long maxSessions, Duration idleTimeout) {
        public static final Settings DEFAULT = new Settings(200_000, Duration.ofMinutes(30));

        public Settings {
            if (maxSessions < 1) {
                throw new IllegalArgumentException("maxSessions must be at least 1, was " + maxSessions);
            }
            if (idleTimeout.isNegative() || idleTimeout.isZero()) {
                throw new IllegalArgumentException("idleTimeout must be positive, was " + idleTimeout);
            }
        }
    }

    private final Cache<User, QuizSession> cache;

    /**
     * @param ticker time source for expiry; tests pass a fake to step time deterministically
     * @param executor runs cache maintenance; tests pass {@code Runnable::run}
     * @param onEvicted told about sessions dropped for size or idleness (not explicit removals), with
     *     the cause: "size" or "idle"
     */
    public SessionStore(
            Settings settings, Ticker ticker, Executor executor, BiConsumer<QuizSession, String> onEvicted) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(settings.maxSessions())
                .expireAfterAccess(settings.idleTimeout())
                .ticker(ticker)
                .executor(executor)
                .removalListener((@Nullable User key, @Nullable QuizSession value, RemovalCause cause) -> {
                    if (cause.wasEvicted() && value != null) {
                        onEvicted.accept(value, cause == RemovalCause.SIZE ? "size" : "idle");
                    }
                })
                .build();
    }

    public Optional<QuizSession> get(User user) {
        return Optional.ofNullable(cache.getIfPresent(user));
    }

    public void put(User user, QuizSession session) {
        cache.put(user, session);
    }

    public void remove(User user) {
        cache.invalidate(user);
    }

    /**
     * Atomically replaces the user's session with {@code update(current)}; returning null removes it.
     * Two clicks racing on one session are applied one after the other, never interleaved.
     */
    public QuizSession update(User user, BiFunction<User, QuizSession, QuizSession> update) {
        return cache.asMap().compute(user, update);
    }

    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** Runs pending expiry now; the cache otherwise does it during later activity. */
    public void cleanUp() {
        cache.cleanUp();
    }
}
