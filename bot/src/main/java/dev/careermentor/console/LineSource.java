package dev.careermentor.console;

import java.io.Closeable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Where the terminal's input comes from, one line at a time, each bounded in length. */
public interface LineSource extends Closeable {
    /** The longest line read; the rest of a longer line is read and dropped, never held. */
    int MAX_LINE = 4000;

    /**
     * One line as read.
     *
     * @param text the line without its end, at most {@link #MAX_LINE} characters
     * @param length how long the line was; more than {@code text}'s length when it was too long
     */
    record Line(String text, long length) {
        public boolean tooLong() {
            return length > text.length();
        }
    }

    /** The next line, after showing {@code prompt} if this source prompts; null at the end of input. */
    @Nullable
    Line next(String prompt) throws IOException;

    @Override
    default void close() throws IOException {}
}
