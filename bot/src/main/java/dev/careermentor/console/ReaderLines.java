package dev.careermentor.console;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Lines from piped input (or any reader). Unlike {@link java.io.BufferedReader#readLine()} it never holds
 * more than {@code max} characters of a line: a 100 MB line costs a 4,000-character buffer, not 200 MB.
 * A line ends at LF, CR or CRLF.
 */
public final class ReaderLines implements LineSource {
    private final Reader in;
    private final @Nullable PrintStream prompts;
    private final int max;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    private boolean skipLf;

    /** @param prompts where to show the prompt, or null to show none (piped input) */
    public ReaderLines(Reader in, @Nullable PrintStream prompts, int max) {
        this.in = in;
        this.prompts = prompts;
        this.max = max;
    }

    @Override
    public @Nullable Line next(String prompt) throws IOException {
        if (prompts != null) {
            prompts.print(prompt);
            prompts.flush();
        }
        StringBuilder line = new StringBuilder(Math.min(max, 256));
        long length = 0;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return length == 0 && line.length() == 0 ? null : new Line(line.toString(), length);
                }
            }
            char c = buf[pos++];
            if (skipLf) {
                skipLf = false;
                if (c == '\n') continue;
            }
            if (c == '\n' || c == '\r') {
                skipLf = c == '\r';
                return new Line(line.toString(), length);
            }
            length++;
            if (line.length() < max) line.append(c);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
