package dev.careermentor.core.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.careermentor.core.User;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-user budgets so one person flooding the bot cannot slow it for everyone. Each budget is a token
 * bucket (bucket4j): {@code actions} tokens, refilled evenly over {@code per}; a burst of {@code actions}
 * is fine, a steady stream above the rate is refused. The bot keeps the buckets in its database through
 * bucket4j's {@link ProxyManager}, so a user's budget is the same whichever copy of the bot answers.
 */
public final class Cooldowns {
    private static final Logger log = LoggerFactory.getLogger(Cooldowns.class);

    /** {@code actions} per {@code per}, e.g. 10 per 20 seconds. */
    public record Budget(int actions, Duration per) {
        public Budget {
            if (actions < 1) throw new IllegalArgumentException("a budget needs at least 1 action, was " + actions);
            if (per.isNegative() || per.isZero())
                throw new IllegalArgumentException("per must be positive, was " + per);
        }

        BucketConfiguration bucket() {
            return BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder()
                            .capacity(actions)
                            .refillGreedy(actions, per)
                            .build())
                    .build();
        }

        @Override
        public String toString() {
            return actions + "/" + per.toSeconds() + "s";
        }
    }

    public record Settings(Budget commands, Budget clicks) {
        public static final Settings DEFAULT =
                new Settings(new Budget(10, Duration.ofSeconds(20)), new Budget(30, Duration.ofSeconds(20)));

        /** The longest refill: a bucket untouched for this long is full again and need not be kept. */
        public Duration longest() {
            return commands.per().compareTo(clicks.per()) > 0 ? commands.per() : clicks.per();
        }
    }

    /** Allowed, or refused with how long until the next action would be. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision OK = new Decision(true, 0);
    }

    public enum Kind {
        COMMAND,
        CLICK
    }

    private static final Cooldowns UNLIMITED = new Cooldowns(Settings.DEFAULT, null);

    private final Settings settings;
    private final @Nullable Function<String, ConsumptionProbe> consume;
    private final AtomicLong failures = new AtomicLong();

    /** Buckets kept by {@code buckets}, a bucket4j proxy manager over the bot's database. */
    public static Cooldowns shared(Settings settings, ProxyManager<String> buckets) {
        BucketConfiguration commands = settings.commands().bucket();
        BucketConfiguration clicks = settings.clicks().bucket();
        // Budgets changed by the operator replace the stored ones at the next action, keeping the share
        // of tokens a user had left.
        long version = Integer.toUnsignedLong(settings.toString().hashCode());
        return new Cooldowns(
                settings,
                key -> buckets.builder()
                        .withImplicitConfigurationReplacement(version, TokensInheritanceStrategy.PROPORTIONALLY)
                        .build(key, () -> key.endsWith("|command") ? commands : clicks)
                        .tryConsumeAndReturnRemaining(1));
    }

    private Cooldowns(Settings settings, @Nullable Function<String, ConsumptionProbe> consume) {
        this.settings = settings;
        this.consume = consume;
    }

    /** No budget at all: every action is allowed. */
    public static Cooldowns unlimited() {
        return UNLIMITED;
    }

    /**
     * Buckets in this process's memory, on {@code ticker}'s time: for a core built without a database.
     * Still bucket4j's buckets; idle ones are dropped once full again.
     */
    public static Cooldowns inMemory(Settings settings, Ticker ticker) {
        TimeMeter time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return ticker.read();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        Cache<String, Bucket> buckets = Caffeine.newBuilder()
                .expireAfterAccess(settings.longest())
                .maximumSize(1_000_000)
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
        BucketConfiguration commands = settings.commands().bucket();
        BucketConfiguration clicks = settings.clicks().bucket();
        return new Cooldowns(
                settings,
                key -> buckets.get(key, k -> {
                            var b = Bucket.builder().withCustomTimePrecision(time);
                            for (Bandwidth limit : (k.endsWith("|command") ? commands : clicks).getBandwidths())
                                b.addLimit(limit);
                            return b.build();
                        })
                        .tryConsumeAndReturnRemaining(1));
    }

    public Settings settings() {
        return settings;
    }

    /** The key of a user's bucket of one kind: surface, workspace, user and kind. */
    static String key(User user, Kind kind) {
        return user.surface().name() + "|" + user.workspace() + "|" + user.id() + "|"
                + kind.name().toLowerCase(Locale.ROOT);
    }

    public Decision tryAcquire(User user, Kind kind) {
        Function<String, ConsumptionProbe> c = consume;
        if (c == null) return Decision.OK;
        ConsumptionProbe probe;
        try {
            probe = c.apply(key(user, kind));
        } catch (RuntimeException e) {
            // The budgets protect the bot's speed; an answer is worth more than a budget that cannot be read.
            // Said on the first failure and every thousandth after, not once per request.
            if (failures.getAndIncrement() % 1000 == 0) {
                log.warn("cooldown budgets cannot be read ({}); answering without them until they can", e.toString());
            }
            return Decision.OK;
        }
        if (probe.isConsumed()) return Decision.OK;
        long waitNanos = probe.getNanosToWaitForRefill();
        return new Decision(false, Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
    }
}
