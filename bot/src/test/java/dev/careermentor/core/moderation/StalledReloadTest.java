package dev.careermentor.core.moderation;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fifos;
import dev.careermentor.Fixtures;
import dev.careermentor.app.MentorApp;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.knowledge.yaml.YamlTreeReader;
import dev.careermentor.core.reply.PlainText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A reload stuck on a stalled folder holds nobody else: others are told one is running, at once. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StalledReloadTest {
    @TempDir
    Path tmp;

    @Test
    void aReloadWhileAnotherIsStuckAnswersThatOneIsRunning() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
        CountDownLatch opened = new CountDownLatch(1);
        CountDownLatch mountBack = new CountDownLatch(1);
        KnowledgeLoader stalled =
                new KnowledgeLoader(Fixtures.CLOCK, new YamlTreeReader(), Duration.ofSeconds(20), file -> {
                    opened.countDown();
                    try {
                        mountBack.await(); // a stalled mount, until the test lets it go
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Files.newInputStream(file);
                });
        User alice = new User(Surface.SLACK, "T1", "U1");
        User bob = new User(Surface.SLACK, "T1", "U2");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (MentorApp app = MentorApp.builder(Fixtures.minimal())
                .clock(Fixtures.CLOCK)
                .moderation(dir, tmp.resolve("data"), null)
                .loader(stalled)
                .build()) {
            Reloader reloader = app.moderation().reloader();
            CompletableFuture<String> stuck = CompletableFuture.supplyAsync(
                    () -> PlainText.render(app.mentor().handleAdmin(alice, "alice", true, "reload")), pool);
            opened.await();

            long start = System.nanoTime();
            String busy = PlainText.render(app.mentor().handleAdmin(bob, "bob", true, "reload"));
            assertTrue(System.nanoTime() - start < 1_000_000_000L, "answered at once");
            assertTrue(busy.contains("A reload is already running"), busy);
            assertTrue(
                    busy.contains("started by alice (slack T1/U1) at " + Fixtures.CLOCK.instant() + " (manual)"), busy);
            String status = PlainText.render(app.mentor().handleAdmin(bob, "bob", true, "status"));
            assertTrue(status.contains("Reload running"), status);
            assertEquals(
                    ReloadOutcome.Result.BUSY,
                    reloader.reload(Actor.WATCHER, Reloader.Trigger.WATCH).result());
            assertEquals(0, reloader.audit().count(), "a reload that never started is not audited");
            assertTrue(app.mentor().handleText(bob, "salary serving").text().length() > 0, "answers flow");

            mountBack.countDown();
            assertTrue(stuck.get().contains("Nothing to reload"), stuck.get());
            assertEquals(
                    ReloadOutcome.Result.UNCHANGED,
                    reloader.reload(Actor.of(bob, "bob"), Reloader.Trigger.MANUAL)
                            .result(),
                    "the next reload runs");
        } finally {
            mountBack.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void theAdminReloadCommandSaysWhoseReloadIsRunningAndStatusShowsIt() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
        User mod = new User(Surface.CONSOLE, "local", "mod");
        try (MentorApp app = MentorApp.builder(Fixtures.minimal())
                .clock(Fixtures.CLOCK)
                .moderation(dir, tmp.resolve("data"), null)
                .build()) {
            Path fifo = Fifos.make(dir.resolve("knowledge.yaml"));
            try {
                String refused = PlainText.render(app.mentor().handleAdmin(mod, "mod", true, "reload"));
                assertTrue(refused.contains("Reload refused"), refused);
                assertTrue(refused.contains("not a regular file"), refused);
                String status = PlainText.render(app.mentor().handleAdmin(mod, "mod", true, "status"));
                assertTrue(status.contains("cannot be read since " + Fixtures.CLOCK.instant()), status);
                assertTrue(app.knowledgeFolderProblem() != null);
                String validate = PlainText.render(app.mentor().handleAdmin(mod, "mod", true, "validate"));
                assertTrue(validate.contains("not a regular file"), validate);
            } finally {
                Fifos.release(fifo);
            }
            Files.delete(fifo);
            Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
            String reloaded = PlainText.render(app.mentor().handleAdmin(mod, "mod", true, "reload"));
            assertTrue(reloaded.contains("Nothing to reload"), reloaded);
            await().atMost(Duration.ofSeconds(5)).until(() -> app.knowledgeFolderProblem() == null);
        }
    }
}
