package dev.careermentor.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.TestBot;
import dev.careermentor.core.reply.PlainText;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Piped input: one command per line, every reply printed (wrapped, controls shown), exit 0 at the end. */
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

    @Test
    void anOverLongLineIsRefusedWithItsLengthAndTheNextLineIsAnswered() throws IOException {
        // 10 million characters, produced as read: the old reader held the whole line (a 100 MB line
        // ended the process with OutOfMemoryError); this one keeps at most the limit.
        long n = 10_000_000;
        Reader huge = new Reader() {
            private long left = n;
            private boolean tailDone;
            private final Reader tail = new StringReader("\nsalary serving senior\n");

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                if (left > 0) {
                    int k = (int) Math.min(len, left);
                    java.util.Arrays.fill(buf, off, off + k, 'a');
                    left -= k;
                    return k;
                }
                if (tailDone) return -1;
                int k = tail.read(buf, off, len);
                if (k < 0) tailDone = true;
                return k;
            }

            @Override
            public void close() {}
        };
        String out = run(huge);
        assertTrue(
                out.contains("That line was too long (10000000 characters); the limit is 4000."),
                out.substring(0, Math.min(out.length(), 500)));
        assertTrue(out.contains("$300K–$600K"), "the line after it is answered");
        assertTrue(out.length() < 20_000, "the long line is not echoed whole");
    }

    @Test
    void controlCharactersInEchoedInputAreShownNotSentToTheTerminal() throws IOException {
        String out = run("\033[A\nsalary \033]0;owned\007 serving\n\u009b31m\rx\n");
        assertFalse(out.contains("\033"), "no raw ESC reaches the output: " + out);
        assertFalse(out.contains("\007"), "no raw BEL: " + out);
        assertFalse(out.contains("\u009b"), "no raw CSI: " + out);
        assertTrue(out.contains("> \\e[A"), out);
        assertTrue(out.contains("> salary \\e]0;owned^G serving"), out);
        assertTrue(out.contains("> \\u009B31m"), "a CR ends a line, as before: " + out);
    }

    @Test
    void repliesWrapBetweenWordsAtTheWidth() throws IOException {
        String command = "specialization serving";
        String raw = PlainText.render(TestBot.real().mentor().handleText(TestBot.ALICE, command));
        assertTrue(raw.lines().anyMatch(l -> l.length() > 60), "the reply has lines to wrap");
        for (int width : new int[] {80, 60, 40}) {
            String out = run(command + "\n", width);
            String reply = out.substring(out.indexOf("== "));
            for (String line : reply.lines().toList()) {
                assertTrue(line.codePointCount(0, line.length()) <= width, width + ": " + line);
            }
            // No word is broken or lost: the same words in the same order.
            assertEquals(
                    List.of(raw.strip().split("\\s+")), List.of(reply.strip().split("\\s+")));
        }
    }

    @Test
    void pipedWidthIsColumnsWhenSetElse80() {
        assertEquals(80, ConsoleApp.Settings.pipedWidth(null));
        assertEquals(80, ConsoleApp.Settings.pipedWidth("wide"));
        assertEquals(132, ConsoleApp.Settings.pipedWidth(" 132 "));
    }

    @Test
    void helpSaysYouCanJustAskAndHowToLeave() throws IOException {
        String out = run("help\nwhat does an inference engineer earn?\n");
        assertTrue(out.contains("Or just type a question, like: what does an inference engineer earn?"), out);
        assertTrue(out.contains("Type exit or press Ctrl-D to leave."), out);
        String answer = out.substring(out.indexOf("> what does an inference engineer earn?"));
        assertTrue(answer.contains("$"), "the example question is answered with pay: " + answer);
    }

    @Test
    void theQuizResultLeadsWithTheBestFitAndFitsAFortyRowScreen() throws IOException {
        for (String answers : new String[] {"1\n1\n1\n1\n1\n", "2\n3\n2\n1\n4\n", "3\n2\n3\n2\n2\n"}) {
            String out = run("quiz\n" + answers, 80);
            String result = out.substring(out.lastIndexOf("> "));
            result = result.substring(result.indexOf('\n') + 1).stripTrailing();
            List<String> lines = result.lines().toList();
            assertTrue(lines.get(0).startsWith("== Your best fit: "), lines.get(0));
            assertTrue(lines.size() <= 40, lines.size() + " lines:\n" + result);
        }
    }

    private static String run(String input) throws IOException {
        return run(new StringReader(input));
    }

    private static String run(String input, int width) throws IOException {
        return run(new StringReader(input), width);
    }

    private static String run(Reader input) throws IOException {
        return run(input, 80);
    }

    private static String run(Reader input, int width) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new ConsoleApp(
                        TestBot.real().mentor(),
                        new ReaderLines(input, null, LineSource.MAX_LINE),
                        new PrintStream(bytes, true, StandardCharsets.UTF_8),
                        false,
                        TestBot.ALICE,
                        new ConsoleApp.Settings(() -> width, null, null))
                .run();
        assertEquals(0, code);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
