package dev.careermentor.core.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.careermentor.core.User;
import java.time.Duration;

/**
 * Per-user budgets so one person flooding the bot cannot slow it for everyone. Each budget is a token
 * bucket: {@code actions} tokens, refilled evenly over {@code per}; a burst of {@code actions} is fine,
 * a steady stream above the rate is refused. Buckets live in Caffeine and vanish once a user is idle.
 */
public final class Cooldowns {

    /** {@code actions} per {@code per}, e.g. 10 per 20 seconds. */
    public record Budget(int actions, Duration per) {
        public Budget {
            if (actions < 1) throw new IllegalArgumentException("a budget needs at least 1 action, was " + actions);
            if (per.isNegative() || per.isZero())
                throw new IllegalArgumentException("per must be positive, was " + per);
        }

        @Override
        public String toString() {
            return actions + "/" + per.toSeconds() + "s";
        }
    }

    public record Settings(Budget commands, Budget clicks) {
        public static final Settings DEFAULT =
                new Settings(new Budget(10, Duration.ofSeconds(20)), new Budget(30, Duration.ofSeconds(20)));
    }

    /** Allowed, or refused with how long until the next action would be. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision OK = new Decision(true, 0);
    }

    public enum Kind {
        COMMAND,
        CLICK
    }

    private record Key(User user, Kind kind) {}

    private static final class Bucket {
        double tokens;
        long refilledAt;
    }

    private static final Cooldowns UNLIMITED = new Cooldowns(Settings.DEFAULT, Ticker.disabledTicker(), false);

    private final Settings settings;
    private final Ticker ticker;
    private final boolean limited;
    private final Cache<Key, Bucket> buckets;

    public Cooldowns(Settings settings, Ticker ticker) {
        this(settings, ticker, true);
    }

    /** No budget at all: every action is allowed. */
    public static Cooldowns unlimited() {
        return UNLIMITED;
    }

    private Cooldowns(Settings settings, Ticker ticker, boolean limited) {
        this.settings = settings;
        this.ticker = ticker;
        this.limited = limited;
        Duration longest = settings.commands().per().compareTo(settings.clicks().per()) > 0
                ? settings.commands().per()
                : settings.clicks().per();
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(longest)
                .maximumSize(1_000_000)
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    public Decision tryAcquire(User user, Kind kind) {
        if (!limited) return Decision.OK;
        Budget budget = kind == Kind.COMMAND ? settings.commands() : settings.clicks();
        double perToken = (double) budget.per().toNanos() / budget.actions();
        long now = ticker.read();
        Decision[] result = new Decision[1];
        buckets.asMap().compute(new Key(user, kind), (k, b) -> {
            if (b == null) {
                b = new Bucket();
                b.tokens = budget.actions();
                b.refilledAt = now;
            } else {
                b.tokens = Math.min(budget.actions(), b.tokens + (now - b.refilledAt) / perToken);
                b.refilledAt = now;
            }
            if (b.tokens >= 1) {
                b.tokens -= 1;
                result[0] = Decision.OK;
            } else {
                long waitNanos = (long) Math.ceil((1 - b.tokens) * perToken);
                result[0] = new Decision(false, Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
            }
            return b;
        });
        return result[0];
    }
}
