package dev.careermentor.discord;

/**
 * Counts interactions being answered, and stops admitting new ones on shutdown so the rest can finish.
 * Nothing here is Discord-specific: any adapter that drains requests before disconnecting needs it.
 */
final class InFlight {
    private int active;
    private boolean closed;

    /** Admits one interaction; false once closing has begun. Every true must be paired with {@link #exit()}. */
    synchronized boolean enter() {
        if (closed) return false;
        active++;
        return true;
    }

    synchronized void exit() {
        if (--active == 0) notifyAll();
    }

    synchronized int active() {
        return active;
    }

    synchronized boolean closed() {
        return closed;
    }

    /**
     * Admits nothing more and waits until every admitted interaction has exited, or until
     * {@code deadlineNanos} ({@link System#nanoTime()} based) has passed.
     *
     * @return true if all finished in time
     */
    synchronized boolean closeAndAwait(long deadlineNanos) throws InterruptedException {
        closed = true;
        while (active > 0) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) return false;
            long millis = Math.max(1, left / 1_000_000);
            wait(millis);
        }
        return true;
    }
}
