package dev.careermentor.console;

import dev.careermentor.core.Mentor;
import dev.careermentor.core.User;
import dev.careermentor.core.reply.PlainText;
import dev.careermentor.core.reply.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The terminal surface. Interactive, it shows a prompt; with piped input it answers one command per
 * line and exits at end of input, so scripts can drive it.
 */
public final class ConsoleApp {
    private final Mentor mentor;
    private final BufferedReader in;
    private final PrintStream out;
    private final boolean interactive;
    private final User user;

    public ConsoleApp(Mentor mentor, BufferedReader in, PrintStream out, boolean interactive, User user) {
        this.mentor = mentor;
        this.in = in;
        this.out = out;
        this.interactive = interactive;
        this.user = user;
    }

    /** "admin ..." lines are moderator commands: whoever runs the terminal operates the bot. */
    private static boolean isAdmin(String lowerLine) {
        return lowerLine.equals("admin") || lowerLine.startsWith("admin ");
    }

    /** Runs until end of input or "exit"; returns the process exit code. */
    public int run() throws IOException {
        if (interactive) {
            out.println("Career Mentor: advice on AI/LLM engineering careers, from sourced facts.");
            out.println("Type help for commands, quiz to find your specialization, exit to leave.");
        }
        while (true) {
            if (interactive) {
                out.print("\nmentor> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null) break;
            String trimmed = line.strip().toLowerCase(Locale.ROOT);
            if (trimmed.equals("exit") || trimmed.equals("quit")) break;
            if (trimmed.isEmpty()) continue;
            Reply reply = isAdmin(trimmed)
                    ? mentor.handleAdmin(
                            user, user.id(), true, line.strip().substring(5).strip())
                    : mentor.handleText(user, line);
            if (!interactive) out.println("> " + line.strip());
            out.print(PlainText.render(reply));
            if (!interactive) out.println();
            out.flush();
        }
        return 0;
    }
}
