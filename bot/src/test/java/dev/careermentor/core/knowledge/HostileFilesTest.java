package dev.careermentor.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fixtures;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files built to hurt a parser are refused with a clear message, quickly and without running out of
 * memory. The timeouts only guard against hangs; they are not performance targets.
 */
class HostileFilesTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private final KnowledgeLoader loader = new KnowledgeLoader(Fixtures.CLOCK);

    @Test
    void billionLaughsAliasBombIsRefusedAtTheFirstAlias() {
        StringBuilder yaml = new StringBuilder(
                "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++)
                yaml.append(j == 0 ? "" : ",").append("*a").append(i - 1);
            yaml.append("]\n");
        }
        KnowledgeLoader.Result r = load(yaml.toString());
        assertRefused(r, "YAML alias");
    }

    @Test
    void deepFlowNestingIsRefused() {
        String yaml = "format: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        assertRefused(load(yaml), "nest");
    }

    @Test
    void deepBlockNestingIsRefused() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 400; i++)
            yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
        yaml.append("  ".repeat(400)).append("v\n");
        assertRefused(load(yaml.toString()), "nest");
    }

    @Test
    void a50MegabyteFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        try (RandomAccessFile f =
                new RandomAccessFile(dir.resolve("knowledge.yaml").toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: costs no disk, reads as 50 MB of zeros
        }
        KnowledgeLoader.Result r = assertTimeoutPreemptively(HANG_GUARD, () -> loader.load(dir));
        assertRefused(r, "52,428,800 bytes");
    }

    @Test
    void aHugeStringWithinTheSizeLimitIsReportedAsTooLong() {
        String yaml = Fixtures.minimalText()
                .replace("hiring: \"Hires the most.\"", "hiring: \"" + "x".repeat(900_000) + "\"");
        KnowledgeLoader.Result r = load(yaml);
        assertRefused(r, "900,000 characters; the limit is 1,024");
    }

    @Test
    void tooManyValuesAreRefused() {
        StringBuilder yaml = new StringBuilder("format: [");
        for (int i = 0; i < 120_000; i++) yaml.append(i == 0 ? "" : ",").append('1');
        yaml.append("]\n");
        assertRefused(load(yaml.toString()), "more than 100,000 values");
    }

    @Test
    void binaryGarbageIsRefused() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        KnowledgeLoader.Result r = assertTimeoutPreemptively(HANG_GUARD, () -> loader.load("k.yaml", garbage));
        assertFalse(r.ok());
        assertFalse(r.problems().isEmpty());
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] bytes = "format: 1\nname: \"caf".getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        broken[bytes.length] = (byte) 0xC3; // a lone lead byte
        broken[bytes.length + 1] = (byte) 0x28;
        assertRefused(loader.load("k.yaml", broken), "not valid UTF-8");
    }

    @Test
    void emptyAndCommentOnlyFilesAreRefused() {
        assertRefused(load(""), "empty");
        assertRefused(load("# just a comment\n"), "no data");
    }

    @Test
    void aRootThatIsNotAMappingIsRefused() {
        assertRefused(load("- a\n- b\n"), "expected a mapping");
        assertRefused(load("just text\n"), "expected a mapping");
    }

    @Test
    void missingFileAndDirectoryAreExplained(@TempDir Path dir) {
        assertRefused(loader.load(dir), "file not found");
        assertRefused(loader.load(dir.resolve("nope")), "does not exist");
    }

    @Test
    void pathLikeTextIsJustText(@TempDir Path dir) throws IOException {
        // No field of the knowledge is a path; "../" anywhere is plain text and never opened.
        String yaml = Fixtures.minimalText().replace("summary: \"Make models fast.\"", "summary: \"../../etc/passwd\"");
        Files.writeString(dir.resolve("knowledge.yaml"), yaml);
        KnowledgeLoader.Result r = loader.load(dir);
        assertTrue(r.ok(), r.problems().toString());
        assertTrue(r.knowledge()
                .specializations()
                .byId("inference-serving")
                .summary()
                .equals("../../etc/passwd"));
    }

    private KnowledgeLoader.Result load(String text) {
        return assertTimeoutPreemptively(
                HANG_GUARD, () -> loader.load("hostile.yaml", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertRefused(KnowledgeLoader.Result r, String expected) {
        assertFalse(r.ok(), "must not load");
        List<String> messages = r.problems().stream().map(Problem::toString).toList();
        assertTrue(
                messages.stream().anyMatch(m -> m.contains(expected)),
                "expected a problem mentioning '" + expected + "', got " + messages);
    }
}
