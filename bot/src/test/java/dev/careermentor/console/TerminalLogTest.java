package dev.careermentor.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** While the terminal runs, log lines go to a bounded file in the data folder, never over the prompt. */
class TerminalLogTest {
    private static final Logger ROOT = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @Test
    void logLinesGoToTheFileInsteadOfTheConsoleUntilClosed(@TempDir Path data) throws IOException {
        assertNotNull(ROOT.getAppender("plain"), "precondition: logback.xml's console appender");
        Path file;
        try (TerminalLog log = TerminalLog.open(data)) {
            assertTrue(log.active());
            file = log.file();
            assertEquals(data.resolve("logs/career-mentor.log"), file);
            assertNull(ROOT.getAppender("plain"), "nothing goes to the console");
            LoggerFactory.getLogger(TerminalLogTest.class).warn("a warning while the prompt is up");
            assertTrue(Files.readString(file).contains("WARN"));
            assertTrue(Files.readString(file).contains("a warning while the prompt is up"));
        }
        assertNotNull(ROOT.getAppender("plain"), "the console is back");
        LoggerFactory.getLogger(TerminalLogTest.class).warn("after");
        assertFalse(Files.readString(file).contains("after"));
    }

    @Test
    void theFileRollsAtABoundedSize() {
        assertEquals("10MB", TerminalLog.MAX_FILE_SIZE);
        assertEquals(3, TerminalLog.OLD_FILES);
    }

    @Test
    void aDataFolderThatCannotBeMadeLeavesTheConsoleAsItIs(@TempDir Path tmp) throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("data"), "a file");
        try (TerminalLog log = TerminalLog.open(notAFolder)) {
            assertFalse(log.active());
            assertNotNull(ROOT.getAppender("plain"));
        }
    }
}
