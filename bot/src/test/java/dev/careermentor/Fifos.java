package dev.careermentor;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * Named pipes for the stalled-file tests: opening one for reading blocks until a writer comes, as a
 * stalled mount blocks. The test is skipped where {@code mkfifo} is missing.
 */
public final class Fifos {
    private Fifos() {}

    /** Makes a named pipe at {@code at}, replacing whatever is there. */
    public static Path make(Path at) throws IOException, InterruptedException {
        Files.deleteIfExists(at);
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", at.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not available: " + noMkfifo.getMessage());
            throw noMkfifo;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        assumeTrue(Files.exists(at) && !Files.isRegularFile(at), "mkfifo made no pipe");
        return at;
    }

    /**
     * Frees any thread blocked opening the pipe: opening it for reading and writing never blocks on Linux
     * and counts as the writer a blocked reader waits for. Safe when nobody is blocked.
     */
    public static void release(Path fifo) {
        if (!Files.exists(fifo) || Files.isRegularFile(fifo)) return;
        try (FileChannel c = FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            // opened and closed: a blocked reader's open returns, and its read then ends
        } catch (IOException | UnsupportedOperationException e) {
            // nothing more to do
        }
    }
}
