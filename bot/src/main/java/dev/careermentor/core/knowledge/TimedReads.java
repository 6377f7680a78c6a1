package dev.careermentor.core.knowledge;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File-system work with a time limit. A named pipe, or a mount that stopped answering, blocks whoever
 * opens or even looks at a file, and no interrupt frees a thread stuck in the kernel. So each call runs on
 * a fresh daemon thread and the caller waits at most the limit; a thread that outlives it is abandoned
 * (it ends by itself if the mount recovers). At most {@link #MAX_STUCK} are left stuck at a time: past
 * that, calls are refused at once rather than piling up threads on a dead mount.
 */
public final class TimedReads {
    private static final Logger log = LoggerFactory.getLogger(TimedReads.class);
    /** How long a read of the knowledge folder may take before it is given up. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);
    /** Abandoned threads allowed at once. */
    public static final int MAX_STUCK = 4;

    /** Work that touches the file system. */
    @FunctionalInterface
    public interface Io<T> {
        T run() throws IOException;
    }

    /** The work did not finish within the limit, or too many earlier calls are still stuck. */
    public static final class StalledException extends IOException {
        private static final long serialVersionUID = 1L;

        StalledException(String message) {
            super(message);
        }
    }

    private static final int RUNNING = 0;
    private static final int FINISHED = 1;
    private static final int ABANDONED = 2;

    private final Duration limit;
    private final String threadName;
    private final AtomicInteger stuck = new AtomicInteger();

    public TimedReads(Duration limit, String threadName) {
        if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("the limit must be positive");
        this.limit = limit;
        this.threadName = threadName;
    }

    public Duration limit() {
        return limit;
    }

    /** Threads abandoned and not yet ended. */
    public int stuck() {
        return stuck.get();
    }

    /** {@code limit} as a person reads it: "10 s", "250 ms". */
    public String limitText() {
        long ms = limit.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    /**
     * Runs {@code io} and returns its result, or throws what it threw.
     *
     * @throws StalledException when it takes longer than the limit (the message says so, naming {@code
     *     what}), or when {@link #MAX_STUCK} earlier calls are still stuck
     */
    public <T> T call(String what, Io<T> io) throws IOException {
        int already = stuck.get();
        if (already >= MAX_STUCK) {
            throw new StalledException(what + " could not be read: " + already + " earlier reads are still stuck "
                    + "(is it a pipe or a stalled mount?); nothing more is tried until one of them ends");
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        AtomicInteger state = new AtomicInteger(RUNNING);
        Thread t = new Thread(
                () -> {
                    try {
                        result.complete(io.run());
                    } catch (Throwable e) {
                        result.completeExceptionally(e);
                    } finally {
                        if (!state.compareAndSet(RUNNING, FINISHED)) {
                            stuck.decrementAndGet();
                            log.info("a read of {} that had been given up has ended", what);
                        }
                    }
                },
                threadName);
        t.setDaemon(true);
        t.start();
        try {
            return result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stuck.incrementAndGet();
            if (!state.compareAndSet(RUNNING, ABANDONED)) {
                stuck.decrementAndGet(); // it finished just now after all
                return finished(result);
            }
            log.warn("{} could not be read within {}; the reading thread is left behind", what, limitText());
            throw new StalledException(
                    what + " could not be read within " + limitText() + " (is it a pipe or a stalled mount?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading " + what);
        } catch (ExecutionException e) {
            throw rethrow(e);
        }
    }

    private static <T> T finished(CompletableFuture<T> result) throws IOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            throw rethrow(e);
        }
    }

    private static IOException rethrow(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) return io;
        if (cause instanceof RuntimeException r) throw r;
        if (cause instanceof Error err) throw err;
        return new IOException(cause);
    }
}
