package dev.careermentor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A UTC clock a test moves by hand: a base clock (standing still, or the system's) plus an offset. */
public final class MovableClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private MovableClock(Clock base) {
        this.base = base;
    }

    /** Stands at {@code start} until moved. */
    public static MovableClock at(Instant start) {
        return new MovableClock(Clock.fixed(start, ZoneOffset.UTC));
    }

    /** The system's time plus the offset: signed requests stay fresh until it moves. */
    public static MovableClock fromNow() {
        return new MovableClock(Clock.systemUTC());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    public void advance(Duration d) {
        offset.updateAndGet(o -> o.plus(d));
    }

    public void plusDays(long days) {
        advance(Duration.ofDays(days));
    }

    /** Back to the base clock. */
    public void reset() {
        offset.set(Duration.ZERO);
    }
}
