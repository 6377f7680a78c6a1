package dev.careermentor.console;

import dev.careermentor.core.Mentor;
import dev.careermentor.core.User;
import dev.careermentor.core.reply.PlainText;
import dev.careermentor.core.reply.Reply;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The terminal surface. Interactive, it shows a prompt; with piped input it answers one command per
 * line, echoing each (control characters made visible), and exits at end of input, so scripts can drive
 * it. Replies are wrapped between words at the terminal's width.
 */
public final class ConsoleApp {
    static final String PROMPT = "mentor> ";

    /**
     * How this terminal differs from the defaults.
     *
     * @param width the terminal's width now, asked before every reply (windows are resized)
     * @param logFile where the log goes, named when something goes wrong; null if it goes to the console
     * @param moderationOff why moderator commands are off here, or null when they are available
     */
    public record Settings(
            IntSupplier width,
            @Nullable Path logFile,
            @Nullable String moderationOff) {
        public static final Settings DEFAULT = new Settings(() -> TerminalText.DEFAULT_WIDTH, null, null);

        /** The width for piped output: {@code COLUMNS} if it is a number, else 80. */
        public static int pipedWidth(@Nullable String columns) {
            try {
                int n = columns == null ? 0 : Integer.parseInt(columns.strip());
                return n >= 20 ? n : TerminalText.DEFAULT_WIDTH;
            } catch (NumberFormatException e) {
                return TerminalText.DEFAULT_WIDTH;
            }
        }
    }

    private final Mentor mentor;
    private final LineSource in;
    private final PrintStream out;
    private final boolean interactive;
    private final User user;
    private final Settings settings;

    /** Reads lines from {@code in}; interactive, it shows a prompt before each. */
    public ConsoleApp(Mentor mentor, Reader in, PrintStream out, boolean interactive, User user) {
        this(
                mentor,
                new ReaderLines(in, interactive ? out : null, LineSource.MAX_LINE),
                out,
                interactive,
                user,
                Settings.DEFAULT);
    }

    public ConsoleApp(
            Mentor mentor, LineSource in, PrintStream out, boolean interactive, User user, Settings settings) {
        this.mentor = mentor;
        this.in = in;
        this.out = out;
        this.interactive = interactive;
        this.user = user;
        this.settings = settings;
    }

    /** "admin ..." lines are moderator commands: whoever runs the terminal operates the bot. */
    private static boolean isAdmin(String lowerLine) {
        return lowerLine.equals("admin") || lowerLine.startsWith("admin ");
    }

    /** Runs until end of input or "exit"; returns the process exit code. */
    public int run() throws IOException {
        if (interactive) {
            print("Career Mentor: advice on AI/LLM engineering careers, from sourced facts.\n"
                    + "Type help for commands, quiz to find your specialization, or just ask a question. "
                    + "Type exit or press Ctrl-D to leave.\n");
            if (settings.logFile() != null) print("The log is in " + settings.logFile() + ".\n");
        }
        try (in) {
            while (true) {
                if (interactive) out.println();
                out.flush();
                LineSource.Line read = in.next(PROMPT);
                if (read == null) break;
                if (read.tooLong()) {
                    if (!interactive) out.println("> " + TerminalText.escapeControls(preview(read.text())));
                    print("That line was too long (" + read.length() + " characters); the limit is "
                            + LineSource.MAX_LINE + ".\n");
                    if (!interactive) out.println();
                    continue;
                }
                String line = read.text();
                String trimmed = line.strip().toLowerCase(Locale.ROOT);
                if (trimmed.equals("exit") || trimmed.equals("quit")) break;
                if (trimmed.isEmpty()) continue;
                Reply reply = answer(line, trimmed);
                if (!interactive) out.println("> " + TerminalText.escapeControls(line.strip()));
                print(PlainText.render(reply));
                if (!interactive) out.println();
            }
        }
        out.flush();
        return 0;
    }

    private Reply answer(String line, String trimmed) {
        if (isAdmin(trimmed)) {
            String off = settings.moderationOff();
            if (off != null) return Reply.error("Moderator commands are off", off);
            return mentor.handleAdmin(
                    user, user.id(), true, line.strip().substring(5).strip());
        }
        Reply reply = mentor.handleText(user, line);
        Path log = settings.logFile();
        if (log != null && reply.title().equals(Mentor.FAILURE_TITLE)) {
            return Reply.builder(reply.kind(), reply.title())
                    .text(reply.text() + " The details are in " + log + ".")
                    .build();
        }
        return reply;
    }

    /** Prints text as the terminal shows it: controls visible, wrapped at the current width. */
    private void print(String text) {
        out.print(TerminalText.wrap(
                TerminalText.escapeControls(text), settings.width().getAsInt()));
        out.flush();
    }

    private static String preview(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "\u2026";
    }
}
