package dev.careermentor.core.knowledge;

import dev.careermentor.core.knowledge.yaml.Location;

/**
 * One thing wrong with a knowledge file, printed as {@code file:line:column: message} so editors and
 * CI logs can jump to it. The message says what is wrong and how to fix it.
 */
public record Problem(String file, Location location, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        return file + ":" + location.line() + ":" + location.column() + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(location.line(), o.location.line());
        if (c != 0) return c;
        c = Integer.compare(location.column(), o.location.column());
        return c != 0 ? c : message.compareTo(o.message);
    }
}
