package dev.careermentor.slack;

import java.time.Duration;

/**
 * Counts requests being handled so a stop can refuse new ones and still let those already started
 * finish. The JDK's {@code HttpServer.stop(delay)} cannot do this on Java 17: with no exchange in
 * progress it waits out the whole delay, and it closes connections that are mid-request.
 */
final class InFlight {
    private int running;
    private boolean closed;

    /** False once closing has begun: the caller must refuse the request. */
    synchronized boolean enter() {
        if (closed) return false;
        running++;
        return true;
    }

    synchronized void exit() {
        running--;
        if (running == 0) notifyAll();
    }

    synchronized boolean closed() {
        return closed;
    }

    /** Refuses new requests, then waits up to {@code grace} for running ones; true if all finished. */
    synchronized boolean close(Duration grace) throws InterruptedException {
        closed = true;
        long deadline = System.nanoTime() + grace.toNanos();
        while (running > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return false;
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
