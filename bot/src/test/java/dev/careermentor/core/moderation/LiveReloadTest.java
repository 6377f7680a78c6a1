package dev.careermentor.core.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fixtures;
import dev.careermentor.app.MentorApp;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.reply.PlainText;
import dev.careermentor.core.reply.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloads under load, the file watcher and its debounce, end to end through the real wiring. */
class LiveReloadTest {
    @TempDir
    Path tmp;

    private static final String V1 = "summary: \"Make models fast.\"";
    private static final String V1_PAY = "early: { min: 180000, max: 280000 }";
    private static final String V2 = "summary: \"Make models fast, version two.\"";
    private static final String V2_PAY = "early: { min: 190000, max: 290000 }";

    private Path dir() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
        return dir;
    }

    private MentorApp app(Path dir, boolean watch, Duration quiet) {
        return MentorApp.builder(new KnowledgeLoader(Fixtures.CLOCK).load(dir).knowledge())
                .clock(Fixtures.CLOCK)
                .moderation(dir, tmp.resolve("data"), null)
                .watch(watch, quiet)
                .build();
    }

    @Test
    void answersNeverMixTwoVersionsWhileReloadsSwapThemIn() throws Exception {
        Path dir = dir();
        Path file = dir.resolve("knowledge.yaml");
        String v1 = Fixtures.minimalText();
        String v2 = v1.replace(V1, V2).replace(V1_PAY, V2_PAY);
        try (MentorApp app = app(dir, false, Duration.ofMillis(100))) {
            AtomicBoolean stop = new AtomicBoolean();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger answers = new AtomicInteger();
            int threads = 4;
            CountDownLatch done = new CountDownLatch(threads);
            for (int t = 0; t < threads; t++) {
                User u = new User(Surface.CONSOLE, "local", "reader" + t);
                Thread w = new Thread(() -> {
                    try {
                        while (!stop.get()) {
                            Reply r = app.mentor().handleText(u, "specialization serving");
                            String text = PlainText.render(r);
                            boolean one = text.contains("Make models fast.") && text.contains("$180K–$280K");
                            boolean two = text.contains("version two") && text.contains("$190K–$290K");
                            if (!(one ^ two)) failures.add(text);
                            answers.incrementAndGet();
                        }
                    } catch (Throwable e) {
                        failures.add(e.toString());
                    } finally {
                        done.countDown();
                    }
                });
                w.start();
            }
            int reloads = 0;
            Actor mod = Actor.of(new User(Surface.CONSOLE, "local", "mod"), "mod");
            for (int i = 0; i < 40; i++) {
                Files.writeString(file, i % 2 == 0 ? v2 : v1);
                if (app.moderation()
                                .reloader()
                                .reload(mod, Reloader.Trigger.MANUAL)
                                .result()
                        == ReloadOutcome.Result.OK) {
                    reloads++;
                }
            }
            stop.set(true);
            assertTrue(done.await(30, java.util.concurrent.TimeUnit.SECONDS));
            assertTrue(failures.isEmpty(), failures.size() + " bad answers, first: " + failures.peek());
            assertEquals(40, reloads);
            assertTrue(answers.get() > 0);
        }
    }

    @Test
    void aBurstOfTriggersRunsTheActionOnce() throws Exception {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor();
        try {
            AtomicInteger runs = new AtomicInteger();
            Debouncer d = new Debouncer(s, Duration.ofMillis(200), runs::incrementAndGet);
            for (int i = 0; i < 10; i++) d.trigger();
            waitFor(() -> runs.get() == 1, Duration.ofSeconds(5));
            Thread.sleep(400); // nothing further must happen after the burst
            assertEquals(1, runs.get());
            d.trigger();
            waitFor(() -> runs.get() == 2, Duration.ofSeconds(5));
        } finally {
            s.shutdownNow();
        }
    }

    @Test
    void theWatcherReloadsAnEditorsSaveOnceAndKeepsABadEditOut() throws Exception {
        Path dir = dir();
        try (MentorApp app = app(dir, true, Duration.ofMillis(300))) {
            String before = app.knowledge().get().version();
            // An editor's save: write a temporary file, then rename it over the original.
            Path swap = dir.resolve(".knowledge.yaml.swp");
            Files.writeString(swap, Fixtures.minimalText().replace(V1, V2));
            Files.move(
                    swap,
                    dir.resolve("knowledge.yaml"),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            waitFor(() -> !app.knowledge().get().version().equals(before), Duration.ofSeconds(20));
            String second = app.knowledge().get().version();
            waitFor(() -> recent(app).size() == 1, Duration.ofSeconds(5));
            assertEquals("watch", recent(app).get(0).trigger());
            assertEquals("file-watcher", recent(app).get(0).actor().userId());
            String diff = PlainText.render(
                    app.mentor().handleAdmin(new User(Surface.CONSOLE, "local", "mod"), "mod", true, "diff"));
            assertTrue(diff.contains("Disk and live are the same"), diff);
            assertTrue(diff.contains("from the folder watcher) changed " + before + " → " + second), diff);
            assertTrue(diff.contains("summary: Make models fast. → Make models fast, version two."), diff);

            Files.writeString(
                    dir.resolve("knowledge.yaml"),
                    Fixtures.minimalText().replace("difficulty: common", "difficulty: nope"));
            waitFor(() -> recent(app).size() == 2, Duration.ofSeconds(20));
            assertEquals("failed", recent(app).get(1).result());
            assertEquals(second, app.knowledge().get().version(), "the last good version stays live");
            Reply status = app.mentor().handleAdmin(new User(Surface.CONSOLE, "local", "mod"), "mod", true, "status");
            assertTrue(PlainText.render(status).contains("failed"), PlainText.render(status));
        }
    }

    private static List<AuditEntry> recent(MentorApp app) {
        try {
            return app.moderation().reloader().audit().recent(10);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static void waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("condition not met within " + timeout);
            Thread.sleep(20);
        }
    }
}
