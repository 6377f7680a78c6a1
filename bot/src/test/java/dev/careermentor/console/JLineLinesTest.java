package dev.careermentor.console;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.TestBot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive terminal through JLine: a test terminal (an xterm over pipes) typed at key by key, as a
 * person would, waiting for each prompt before the next keys.
 */
class JLineLinesTest {
    private static final String UP = "\033[A";
    private static final String UP_APPLICATION_MODE = "\033OA";

    @TempDir
    Path data;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private @Nullable Session session;

    /** A running terminal session: keys go in, the screen fills. */
    private final class Session {
        final PipedOutputStream keys = new PipedOutputStream();
        final CompletableFuture<Integer> exit;

        Session(Path history, int width) throws IOException {
            PipedInputStream in = new PipedInputStream(keys, 1 << 16);
            Terminal terminal = TerminalBuilder.builder()
                    .system(false)
                    .streams(in, screen)
                    .type("xterm-256color")
                    .size(new Size(width, 24))
                    .encoding(StandardCharsets.UTF_8)
                    .build();
            ConsoleApp app = new ConsoleApp(
                    TestBot.real().mentor(),
                    new JLineLines(terminal, history, LineSource.MAX_LINE),
                    new PrintStream(terminal.output(), true, StandardCharsets.UTF_8),
                    true,
                    TestBot.ALICE,
                    new ConsoleApp.Settings(terminal::getWidth, null, null));
            exit = CompletableFuture.supplyAsync(() -> {
                try {
                    return app.run();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            awaitPrompts(1);
        }

        void type(String text) throws IOException {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }

        /** Types a line and waits for the prompt after its answer. */
        void enter(String text) throws IOException {
            int prompts = prompts();
            type(text + "\r");
            awaitPrompts(prompts + 1);
        }

        int end() throws Exception {
            type("\004");
            return exit.get(10, TimeUnit.SECONDS);
        }
    }

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    private int prompts() {
        return screen().split(ConsoleApp.PROMPT, -1).length - 1;
    }

    private void awaitPrompts(int n) {
        await().atMost(Duration.ofSeconds(10)).until(() -> prompts() >= n);
    }

    private int count(String what) {
        return screen().split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    private Session start() throws IOException {
        session = new Session(data.resolve("terminal-history"), 80);
        return session;
    }

    @AfterEach
    void close() throws IOException {
        if (session != null && !session.exit.isDone()) session.keys.close();
    }

    @Test
    void upRecallsTheLastCommandInEitherArrowKeyMode() throws Exception {
        Session s = start();
        s.enter("salary serving senior");
        s.enter(UP);
        s.enter(UP_APPLICATION_MODE);
        assertEquals(3, count("$300K–$600K"), screen());
        assertFalse(screen().contains("No specialization called"), screen());
        assertEquals(0, s.end());
    }

    @Test
    void ctrlAAndCtrlEMoveToTheStartAndEndOfTheLine() throws Exception {
        Session s = start();
        s.enter("alary serving senio" + "\001" + "s" + "\005" + "r");
        assertTrue(screen().contains("$300K–$600K"), screen());
        assertEquals(0, s.end());
    }

    @Test
    void ctrlCClearsTheLineAndCtrlDOnAnEmptyLineLeavesWithANewLine() throws Exception {
        Session s = start();
        s.type("salary serving senior");
        await().atMost(Duration.ofSeconds(10)).until(() -> screen().contains("senior"));
        int prompts = prompts();
        s.type("\003");
        awaitPrompts(prompts + 1);
        s.enter("help");
        assertFalse(screen().contains("$300K–$600K"), "the cleared line was not run");
        assertTrue(screen().contains("Career Mentor: commands"), "still running after Ctrl-C");
        assertEquals(0, s.end());
        String last = screen().substring(screen().lastIndexOf(ConsoleApp.PROMPT));
        assertTrue(last.contains("\n"), "Ctrl-D ends with a new line: " + last.replace("\033", "\\e"));
    }

    @Test
    void theHistoryIsKeptBetweenRunsInTheDataFolder() throws Exception {
        Session first = start();
        first.enter("salary serving senior");
        assertEquals(0, first.end());
        assertTrue(Files.readString(data.resolve("terminal-history")).contains("salary serving senior"));

        screen.reset();
        Session second = start();
        second.enter(UP);
        assertTrue(screen().contains("$300K–$600K"), screen());
        assertEquals(0, second.end());
    }

    @Test
    void anOverLongTypedLineIsRefused() throws Exception {
        Session s = start();
        s.enter("a".repeat(LineSource.MAX_LINE + 1));
        assertTrue(screen().contains("That line was too long (4001 characters); the limit is 4000."), screen());
        assertEquals(0, s.end());
    }
}
