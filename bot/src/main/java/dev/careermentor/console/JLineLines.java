package dev.careermentor.console;

import dev.careermentor.core.io.DataFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jspecify.annotations.Nullable;

/**
 * Lines typed at a terminal, with JLine's line editing: arrows, Home/End, Ctrl-A/E, Up and Down through
 * the history, Ctrl-R to search it. Ctrl-C clears the line being typed; Ctrl-D on an empty line ends the
 * input (with a new line, so the shell's prompt starts on its own line).
 */
public final class JLineLines implements LineSource {
    /** Commands kept in the history file. */
    public static final int HISTORY_SIZE = 500;

    private final Terminal terminal;
    private final LineReader reader;
    private final int max;

    /** @param history the file the history is kept in between runs, or null to keep it in memory only */
    public JLineLines(Terminal terminal, @Nullable Path history, int max) {
        this.terminal = terminal;
        this.max = max;
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(false); // "what's" is a word, not an open quote
        parser.setEofOnEscapedNewLine(false);
        parser.setEscapeChars(new char[0]);
        LineReaderBuilder b = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("career-mentor")
                .parser(parser)
                .variable(LineReader.HISTORY_SIZE, HISTORY_SIZE)
                .variable(LineReader.HISTORY_FILE_SIZE, HISTORY_SIZE)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // "!" is punctuation here
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                .option(LineReader.Option.INSERT_TAB, false);
        if (history != null) {
            try {
                // Created 0600 in a 0700 folder, as the bot's other data files: it holds what was typed.
                DataFiles.append(history, "", false);
                b.variable(LineReader.HISTORY_FILE, history);
            } catch (IOException noDataFolder) {
                // History stays in memory for this run.
            }
        }
        this.reader = b.build();
        // Terminals that do not switch the arrow keys to application mode send CSI sequences: accept both.
        KeyMap<Binding> main = reader.getKeyMaps().get(LineReader.MAIN);
        if (main == null) return;
        main.bind(new Reference(LineReader.UP_LINE_OR_HISTORY), "\033[A");
        main.bind(new Reference(LineReader.DOWN_LINE_OR_HISTORY), "\033[B");
        main.bind(new Reference(LineReader.FORWARD_CHAR), "\033[C");
        main.bind(new Reference(LineReader.BACKWARD_CHAR), "\033[D");
        main.bind(new Reference(LineReader.BEGINNING_OF_LINE), "\033[H");
        main.bind(new Reference(LineReader.END_OF_LINE), "\033[F");
    }

    @Override
    public @Nullable Line next(String prompt) throws IOException {
        while (true) {
            try {
                String line = reader.readLine(prompt);
                return line.length() > max
                        ? new Line(line.substring(0, max), line.length())
                        : new Line(line, line.length());
            } catch (UserInterruptException ctrlC) {
                // The line is dropped (JLine shows ^C); a new prompt follows.
            } catch (EndOfFileException ctrlD) {
                terminal.writer().println();
                terminal.writer().flush();
                return null;
            }
        }
    }

    /** Saves the history and gives the terminal back as it was. */
    @Override
    public void close() throws IOException {
        try {
            reader.getHistory().save();
        } finally {
            terminal.close();
        }
    }
}
