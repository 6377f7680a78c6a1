package dev.careermentor.app;

import java.time.Duration;

/**
 * Counts requests being handled so a platform adapter can stop taking new ones on shutdown and still
 * let those already started finish. The JDK's {@code HttpServer.stop(delay)} cannot do this on Java 17
 * (it waits out the whole delay when idle and cuts off exchanges mid-request), and JDA has no drain.
 */
public final class InFlight {
    private int active;
    private boolean closed;

    /** Admits one request; false once closing has begun. Every true must be paired with {@link #exit()}. */
    public synchronized boolean enter() {
        if (closed) return false;
        active++;
        return true;
    }

    public synchronized void exit() {
        if (--active == 0) notifyAll();
    }

    public synchronized int active() {
        return active;
    }

    public synchronized boolean closed() {
        return closed;
    }

    /** Admits nothing more, then waits up to {@code grace} for admitted requests; true if all finished. */
    public synchronized boolean close(Duration grace) throws InterruptedException {
        closed = true;
        long deadline = System.nanoTime() + grace.toNanos();
        while (active > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return false;
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
