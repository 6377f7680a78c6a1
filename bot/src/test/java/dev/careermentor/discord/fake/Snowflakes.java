package dev.careermentor.discord.fake;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord ids: milliseconds since the Discord epoch in the top bits. They must be current, because JDA
 * reads an interaction's age from its id and treats old ones as expired.
 */
public final class Snowflakes {
    public static final long DISCORD_EPOCH = 1420070400000L;
    private static final AtomicLong last = new AtomicLong();
    private static final AtomicLong sequence = new AtomicLong();

    private Snowflakes() {}

    /** A new id, unique in this JVM and increasing. */
    public static String next() {
        long now = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return Long.toUnsignedString(last.updateAndGet(previous -> Math.max(previous + 1, now)));
    }

    /**
     * A new id whose events Discord delivers on {@code shard} of {@code total}: shard {@code (id >> 22) %
     * total} is its creation time's millisecond modulo the count, so the time is moved by under {@code
     * total} ms. For servers, whose ids need not be current.
     */
    public static String onShard(int shard, int total) {
        long ms = System.currentTimeMillis() - DISCORD_EPOCH;
        ms = ms - Math.floorMod(ms, total) + shard;
        return Long.toUnsignedString((ms << 22) | (sequence.incrementAndGet() & 0x3F_FFFFL));
    }

    /** When an id was made, in epoch milliseconds. */
    public static long millis(String id) {
        return (Long.parseUnsignedLong(id) >>> 22) + DISCORD_EPOCH;
    }
}
