package dev.careermentor.adapter;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts requests being handled so a platform adapter can stop taking new ones on shutdown and still
 * let those already started finish. The JDK's {@code HttpServer.stop(delay)} cannot do this on Java 17
 * (it waits out the whole delay when idle and cuts off exchanges mid-request), and JDA has no drain.
 *
 * <p>It reads no clock: the drain waits on a condition with a timeout and gets back what is left of it.
 */
public final class InFlight {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private int active;
    private boolean closed;

    /** Admits one request; false once closing has begun. Every true must be paired with {@link #exit()}. */
    public boolean enter() {
        lock.lock();
        try {
            if (closed) return false;
            active++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    public void exit() {
        lock.lock();
        try {
            if (--active == 0) idle.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public int active() {
        lock.lock();
        try {
            return active;
        } finally {
            lock.unlock();
        }
    }

    public boolean closed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Admits nothing more, then waits up to {@code grace} for admitted requests to finish.
     *
     * @return what is left of {@code grace} once all finished (zero or more), or a negative duration if
     *     some were still running when it ran out
     */
    public Duration drain(Duration grace) throws InterruptedException {
        lock.lock();
        try {
            closed = true;
            long left = grace.toNanos();
            while (active > 0) {
                if (left <= 0) return Duration.ofNanos(-1);
                left = idle.awaitNanos(left);
            }
            return Duration.ofNanos(Math.max(0, left));
        } finally {
            lock.unlock();
        }
    }

    /** Admits nothing more, then waits up to {@code grace}; true if every admitted request finished. */
    public boolean close(Duration grace) throws InterruptedException {
        return !drain(grace).isNegative();
    }
}
