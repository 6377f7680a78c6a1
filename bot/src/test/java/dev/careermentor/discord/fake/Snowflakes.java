package dev.careermentor.discord.fake;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord ids: milliseconds since the Discord epoch in the top bits. They must be current, because JDA
 * reads an interaction's age from its id and treats old ones as expired.
 */
public final class Snowflakes {
    public static final long DISCORD_EPOCH = 1420070400000L;
    private static final AtomicLong last = new AtomicLong();

    private Snowflakes() {}

    /** A new id, unique in this JVM and increasing. */
    public static String next() {
        long now = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return Long.toUnsignedString(last.updateAndGet(previous -> Math.max(previous + 1, now)));
    }

    /** When an id was made, in epoch milliseconds. */
    public static long millis(String id) {
        return (Long.parseUnsignedLong(id) >>> 22) + DISCORD_EPOCH;
    }
}
