package dev.careermentor.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The system's time plus an offset a test moves by hand: signed requests stay fresh until it moves. */
final class MovingClock extends Clock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

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
        return Instant.now().plus(offset.get());
    }

    void advance(Duration d) {
        offset.updateAndGet(o -> o.plus(d));
    }

    void reset() {
        offset.set(Duration.ZERO);
    }
}
