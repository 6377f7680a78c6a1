package dev.careermentor.core.moderation;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fixtures;
import dev.careermentor.app.MentorApp;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.reply.PlainText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live reload keeps working when the whole knowledge folder is replaced: a new folder renamed into place,
 * the folder deleted and made again, a symlink to it swapped as Kubernetes swaps a ConfigMap's. Real file
 * system events, so the waits are bounded, not fixed.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FolderReplacedTest {
    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);
    private static final String V1 = "summary: \"Make models fast.\"";
    private static final String V2 = "summary: \"Make models fast, version two.\"";
    private static final String V3 = "summary: \"Make models fast, version three.\"";

    @TempDir
    Path tmp;

    private final User mod = new User(Surface.CONSOLE, "local", "mod");

    private MentorApp app(Path dir) {
        return MentorApp.builder(new KnowledgeLoader(Fixtures.CLOCK).load(dir).knowledge())
                .clock(Fixtures.CLOCK)
                .moderation(dir, tmp.resolve("data"), null)
                .watch(true, Duration.ofMillis(200))
                .build();
    }

    private static Path folder(Path at, String summary) throws IOException {
        Files.createDirectories(at);
        Files.writeString(at.resolve("knowledge.yaml"), Fixtures.minimalText().replace(V1, summary));
        return at;
    }

    private static String summary(MentorApp app) {
        return app.knowledge().get().specializations().byId("inference-serving").summary();
    }

    private void editLands(MentorApp app, Path file, String summary) throws IOException {
        Files.writeString(file, Fixtures.minimalText().replace(V1, summary));
        String wanted = summary.substring("summary: \"".length(), summary.length() - 1);
        await("the edit in the new folder is live")
                .atMost(FEW_SECONDS)
                .until(() -> summary(app).equals(wanted));
    }

    private String status(MentorApp app) {
        return PlainText.render(app.mentor().handleAdmin(mod, "mod", true, "status"));
    }

    @Test
    void aNewFolderRenamedIntoPlace() throws Exception {
        Path dir = folder(tmp.resolve("knowledge"), V1);
        try (MentorApp app = app(dir)) {
            Path next = folder(tmp.resolve("knowledge.new"), V2);
            Files.move(dir, tmp.resolve("knowledge.old"), StandardCopyOption.ATOMIC_MOVE);
            Files.move(next, dir, StandardCopyOption.ATOMIC_MOVE);
            await("the renamed folder is live")
                    .atMost(FEW_SECONDS)
                    .until(() -> summary(app).equals("Make models fast, version two."));
            editLands(app, dir.resolve("knowledge.yaml"), V3);
            String status = status(app);
            assertTrue(status.contains("Knowledge folder"), status);
            assertTrue(status.contains("last seen " + Fixtures.CLOCK.instant()), status);
        }
    }

    @Test
    void theFolderDeletedAndMadeAgain() throws Exception {
        Path dir = folder(tmp.resolve("knowledge"), V1);
        try (MentorApp app = app(dir)) {
            delete(dir);
            await("status says the folder is gone")
                    .atMost(FEW_SECONDS)
                    .until(() -> status(app).contains("cannot be read since"));
            assertEquals("Make models fast.", summary(app), "the last good version stays live");
            folder(dir, V1);
            await("status sees the folder again")
                    .atMost(FEW_SECONDS)
                    .until(() -> status(app).contains("last seen " + Fixtures.CLOCK.instant()));
            editLands(app, dir.resolve("knowledge.yaml"), V2);
        }
    }

    @Test
    void aSymlinkSwappedAtomicallyAsAConfigMapIs() throws Exception {
        Path v1 = folder(tmp.resolve("v1"), V1);
        Path link = Files.createSymbolicLink(tmp.resolve("knowledge"), v1.getFileName());
        try (MentorApp app = app(link)) {
            Path v2 = folder(tmp.resolve("v2"), V1); // the same content: the swap alone changes nothing
            Path swap = Files.createSymbolicLink(tmp.resolve(".knowledge.tmp"), v2.getFileName());
            Files.move(swap, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            assertEquals(v2.toRealPath(), link.toRealPath());
            editLands(app, v2.resolve("knowledge.yaml"), V2);
            String status = status(app);
            assertTrue(status.contains(v2.toRealPath().toString()), status);
        }
    }

    @Test
    void aConfigMapUpdateSwapsTheDataLinkInsideTheFolder() throws Exception {
        // What the kubelet does: knowledge.yaml -> ..data/knowledge.yaml, ..data -> ..<timestamp>; an update
        // writes a new timestamped folder and renames a new ..data link over the old one.
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        folder(dir.resolve("..2026_11_23_12_00_00.1"), V1);
        Files.createSymbolicLink(dir.resolve("..data"), Path.of("..2026_11_23_12_00_00.1"));
        Files.createSymbolicLink(dir.resolve("knowledge.yaml"), Path.of("..data/knowledge.yaml"));
        try (MentorApp app = app(dir)) {
            folder(dir.resolve("..2026_11_23_12_05_00.2"), V2);
            Path swap = Files.createSymbolicLink(dir.resolve("..data_tmp"), Path.of("..2026_11_23_12_05_00.2"));
            Files.move(
                    swap, dir.resolve("..data"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            delete(dir.resolve("..2026_11_23_12_00_00.1"));
            await("the updated ConfigMap is live")
                    .atMost(FEW_SECONDS)
                    .until(() -> summary(app).equals("Make models fast, version two."));
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
