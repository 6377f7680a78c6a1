package dev.careermentor.adapter;

import dev.careermentor.core.Mentor;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.session.RecentKeys;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plumbing Slack and Discord share, so each adapter is left to parse, call the core and render:
 *
 * <ul>
 *   <li>the lifecycle: {@link #start()} runs once and a failed start leaves nothing running; {@link
 *       #stop(Duration)} is safe at any time and more than once;
 *   <li>the drain: every request is admitted through {@link #inFlight()}; stopping admits nothing more,
 *       lets admitted requests finish within the grace period, and only then disconnects;
 *   <li>repeated deliveries: a platform retry or a replayed event carries a key seen before, and {@link
 *       #firstDelivery(String)} says to drop it, whichever copy of the bot saw it first;
 *   <li>the safety net: {@link #answer(Supplier)} turns a failing core into {@link Replies#FAILED}.
 * </ul>
 */
public abstract class AdapterBase implements PlatformAdapter {
    private static final Logger log = LoggerFactory.getLogger(AdapterBase.class);

    private enum State {
        NEW,
        STARTED,
        STOPPED
    }

    private final String name;
    private final Mentor mentor;
    private final InFlight inFlight = new InFlight();
    private final RecentKeys deliveries;
    private final Object lifecycle = new Object();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private State state = State.NEW;

    /**
     * @param name "slack" or "discord"
     * @param repeatWindow how long a delivery key is remembered: the platform's longest retry. Keys are
     *     kept where the core keeps its keys (the database), so a retry reaching another copy is a repeat
     */
    protected AdapterBase(String name, Mentor mentor, Duration repeatWindow) {
        this.name = name;
        this.mentor = mentor;
        this.deliveries = mentor.keys().recent(name + "-delivery", repeatWindow);
    }

    @Override
    public final String name() {
        return name;
    }

    public final Mentor mentor() {
        return mentor;
    }

    /** Admission and drain of this adapter's requests. */
    public final InFlight inFlight() {
        return inFlight;
    }

    /** True the first time a delivery with {@code key} arrives within the window; false for a repeat. */
    public final boolean firstDelivery(String key) {
        if (deliveries.firstTime(key)) return true;
        log.debug("{}: delivery {} arrived again; it was already taken", name, key);
        return false;
    }

    /**
     * The core's answer. The core promises not to throw; should it fail or answer nothing anyway, the user
     * still gets {@link Replies#FAILED}, and the failure is logged.
     */
    public final Reply answer(Supplier<Reply> work) {
        Reply reply;
        try {
            reply = work.get();
        } catch (RuntimeException | Error e) {
            log.error("the mentor failed to answer a {} request", name, e);
            return Replies.FAILED;
        }
        if (reply != null) return reply;
        log.error("the mentor answered a {} request with nothing", name);
        return Replies.FAILED;
    }

    @Override
    public final void start() throws Exception {
        synchronized (lifecycle) {
            if (state != State.NEW) throw new IllegalStateException("the " + name + " adapter starts only once");
            state = State.STARTED;
        }
        try {
            connect();
        } catch (Exception e) {
            stop(Duration.ZERO); // a failed start leaves nothing running
            throw e;
        }
    }

    /**
     * Stops admitting requests, waits up to {@code grace} for those admitted, then disconnects with what
     * is left of the grace period. A second call returns once the first has finished.
     */
    @Override
    public final void stop(Duration grace) {
        boolean first;
        synchronized (lifecycle) {
            first = state != State.STOPPED;
            state = State.STOPPED;
        }
        if (!first) {
            awaitStopped();
            return;
        }
        try {
            Duration left = Duration.ZERO;
            try {
                left = inFlight.drain(grace);
                if (left.isNegative()) {
                    log.warn("{}: {} requests still running after {}; stopping anyway", name, inFlight.active(), grace);
                    left = Duration.ZERO;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            disconnect(left);
        } finally {
            stopped.countDown();
        }
    }

    /** Waits for the stop in progress; its own steps are bounded, so this is too. */
    private void awaitStopped() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public final boolean ready() {
        return !inFlight.closed() && connected();
    }

    /**
     * Runs {@code publish} (typically: keep the connection just made) only if stopping has not begun, and
     * atomically with respect to it, so that {@link #disconnect} sees whatever was published. False if
     * stopping began first: the caller then closes what it made itself.
     */
    protected final boolean unlessStopped(Runnable publish) {
        synchronized (lifecycle) {
            if (state == State.STOPPED) return false;
            publish.run();
            return true;
        }
    }

    /** Connects to the platform and starts taking requests; called once, by {@link #start()}. */
    protected abstract void connect() throws Exception;

    /** True while connected and able to answer; {@link #ready()} adds that no stop has begun. */
    protected abstract boolean connected();

    /**
     * Disconnects, after the drain (or when a start failed). {@code left} is what remains of the grace
     * period, zero when it ran out. Called once; must cope with a connection never made.
     */
    protected abstract void disconnect(Duration left);
}
