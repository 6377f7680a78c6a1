package dev.careermentor.core.knowledge;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fifos;
import dev.careermentor.Fixtures;
import dev.careermentor.core.knowledge.yaml.YamlTreeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A knowledge file that is not a plain file, or never finishes reading, costs a bounded wait. */
class StalledFileTest {
    @TempDir
    Path tmp;

    private Path fifo;

    @AfterEach
    void release() {
        if (fifo != null) Fifos.release(fifo); // frees a reader the code under test left blocked
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPipeInPlaceOfTheFileIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        fifo = Fifos.make(dir.resolve("knowledge.yaml"));
        long start = System.nanoTime();
        KnowledgeLoader.Result r = new KnowledgeLoader(Fixtures.CLOCK).load(dir);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "answered at once");
        assertFalse(r.ok());
        assertEquals(1, r.problems().size());
        String message = r.problems().get(0).toString();
        assertTrue(message.contains("not a regular file"), message);
        assertTrue(r.unreadable() != null, "an unreadable folder, not an invalid file");
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFileThatNeverFinishesOpeningIsGivenUpAfterTheLimit() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
        CountDownLatch never = new CountDownLatch(1);
        KnowledgeLoader stalled =
                new KnowledgeLoader(Fixtures.CLOCK, new YamlTreeReader(), Duration.ofMillis(300), file -> {
                    awaitQuietly(never); // a stalled mount: open() does not return
                    return Files.newInputStream(file);
                });
        try {
            long start = System.nanoTime();
            KnowledgeLoader.Result r = stalled.load(dir);
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "given up after the limit");
            assertFalse(r.ok());
            assertEquals(
                    dir.resolve("knowledge.yaml") + ":1:1: the file could not be read within 300 ms "
                            + "(is it a pipe or a stalled mount?).",
                    r.problems().get(0).toString());
            // Each stuck read leaves a thread behind; past the cap, reads are refused at once.
            for (int i = 1; i < TimedReads.MAX_STUCK; i++) stalled.load(dir);
            start = System.nanoTime();
            String refused = stalled.load(dir).problems().get(0).toString();
            assertTrue(System.nanoTime() - start < 200_000_000L, "refused without waiting");
            assertTrue(refused.contains(TimedReads.MAX_STUCK + " earlier reads are still stuck"), refused);
        } finally {
            never.countDown(); // the mount recovers: the stuck threads end
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> stalled.load(dir).ok());
    }

    @Test
    void aSymlinkToARegularFileIsReadAsAConfigMapMountsIt() throws Exception {
        // A Kubernetes ConfigMap volume: knowledge.yaml -> ..data/knowledge.yaml, ..data -> ..2026_11_23...
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Path version = Files.createDirectories(dir.resolve("..2026_11_23_12_00_00.1"));
        Files.writeString(version.resolve("knowledge.yaml"), Fixtures.minimalText());
        Files.createSymbolicLink(dir.resolve("..data"), version.getFileName());
        Files.createSymbolicLink(dir.resolve("knowledge.yaml"), Path.of("..data/knowledge.yaml"));
        KnowledgeLoader.Result r = new KnowledgeLoader(Fixtures.CLOCK).load(dir);
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(dir.toRealPath(), r.folder());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
