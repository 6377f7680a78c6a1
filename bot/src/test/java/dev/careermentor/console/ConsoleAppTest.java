package dev.careermentor.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.TestBot;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Piped input: one command per line, every reply printed, exit 0 at the end. */
class ConsoleAppTest {

    @Test
    void theReadmeExampleWorks() throws IOException {
        String out = run("salary serving senior\nquiz\n2\n");
        assertTrue(out.contains("> salary serving senior"));
        assertTrue(out.contains("$300K–$600K"));
        assertTrue(out.contains("question 1 of 5"));
        assertTrue(out.contains("  2) "), "numbered choices");
        assertTrue(out.contains("question 2 of 5"), "the answer moved the quiz on");
        assertTrue(out.contains("Source: “07 - Picking a specialization” [six-specializations], as of 2026"));
        assertFalse(out.contains("mentor> "), "no prompt when input is piped");
    }

    @Test
    void prefixedLinesBlankLinesAndExit() throws IOException {
        String out = run("/mentor help\n\n   \nexit\nsalary\n");
        assertTrue(out.contains("Career Mentor: commands"));
        assertFalse(out.contains("> salary"), "nothing runs after exit");
    }

    @Test
    void adminLinesReachTheModeratorCommands() throws IOException {
        String out = run("admin status\nadmin\n");
        assertTrue(out.contains("Moderation is not set up here"), "this test app has no knowledge folder: " + out);
    }

    @Test
    void interactiveModeShowsAPrompt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new ConsoleApp(
                        TestBot.real().mentor(),
                        new BufferedReader(new StringReader("help\n")),
                        new PrintStream(bytes, true, StandardCharsets.UTF_8),
                        true,
                        TestBot.ALICE)
                .run();
        assertEquals(0, code);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("mentor> "));
    }

    private static String run(String input) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new ConsoleApp(
                        TestBot.real().mentor(),
                        new BufferedReader(new StringReader(input)),
                        new PrintStream(bytes, true, StandardCharsets.UTF_8),
                        false,
                        TestBot.ALICE)
                .run();
        assertEquals(0, code);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
