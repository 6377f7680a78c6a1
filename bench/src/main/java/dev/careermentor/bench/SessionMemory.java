package dev.careermentor.bench;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.session.QuizSession;
import dev.careermentor.core.session.SessionStore;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Heap per quiz session after GC, with 100k and 1M sessions shaped like real ones (Slack team and
 * user ids, a quiz half answered), and a check that the configured cap is honoured.
 *
 * <pre>java -Xmx2g -cp bench/target/benchmarks.jar dev.careermentor.bench.SessionMemory</pre>
 */
public final class SessionMemory {
    private SessionMemory() {}

    public static void main(String[] args) {
        Ticker ticker = BenchApp.root().ticker();
        System.out.println("sessions,heap_bytes,bytes_per_session,sessions_per_gib");
        for (int n : new int[] {100_000, 1_000_000}) {
            long before = usedAfterGc();
            SessionStore store = new SessionStore(
                    new SessionStore.Settings(2_000_000, Duration.ofMinutes(30)),
                    ticker,
                    Runnable::run,
                    (s, cause) -> {});
            fill(store, n);
            long after = usedAfterGc();
            long bytes = after - before;
            double perSession = (double) bytes / n;
            System.out.printf("%d,%d,%.0f,%.0f%n", n, bytes, perSession, (1L << 30) / perSession);
            if (store.size() != n) throw new IllegalStateException("expected " + n + " sessions, have " + store.size());
            keep(store);
        }
        SessionStore capped = new SessionStore(
                new SessionStore.Settings(100_000, Duration.ofMinutes(30)), ticker, Runnable::run, (s, cause) -> {});
        fill(capped, 250_000);
        System.out.println("cap 100000 after 250000 inserts: " + capped.size() + " sessions held");
        if (capped.size() > 100_000) throw new IllegalStateException("cap not honoured: " + capped.size());
    }

    private static void fill(SessionStore store, int n) {
        for (int i = 0; i < n; i++) {
            User u = new User(
                    Surface.SLACK,
                    "T0" + Integer.toString(i % 50, 36).toUpperCase(Locale.ROOT) + "ABCDEF",
                    "U" + String.format("%010d", i));
            // The tag is one shared string in the bot (the knowledge's quiz tag); ids and answers are per session.
            store.put(
                    u,
                    new QuizSession(String.format("%06d", i % 1_000_000), "Ab3dE9", Integer.toString(100 + i % 400)));
        }
        store.cleanUp();
    }

    private static final List<Object> KEEP = new ArrayList<>();

    private static void keep(Object o) {
        KEEP.add(o); // keeps the store reachable until its size is measured
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
