package dev.careermentor.core.moderation;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runs an action once a burst of triggers has gone quiet. An editor's save is often several file
 * events (write a temp file, rename it over the original); they become one reload.
 */
public final class Debouncer {
    private final ScheduledExecutorService scheduler;
    private final Duration quiet;
    private final Runnable action;
    private @Nullable ScheduledFuture<?> pending;

    public Debouncer(ScheduledExecutorService scheduler, Duration quiet, Runnable action) {
        this.scheduler = scheduler;
        this.quiet = quiet;
        this.action = action;
    }

    /** (Re)starts the quiet period; the action runs when it ends without another trigger. */
    public synchronized void trigger() {
        if (pending != null) pending.cancel(false);
        pending = scheduler.schedule(action, quiet.toNanos(), TimeUnit.NANOSECONDS);
    }
}
