package dev.careermentor.core.moderation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the bot last saw of its knowledge folder: when it last read it and where it really was (symlinks
 * resolved), or since when it cannot be read and why. Every reload, validate and diff, and the watcher's
 * periodic look, report here; status and readiness show it. Times come from the injected clock.
 */
public final class KnowledgeFolder {
    /**
     * @param lastSeen when the folder was last read successfully; null if never since start
     * @param where the folder then, symlinks resolved
     * @param unreadableSince when it stopped being readable; null while it is readable
     * @param problem why it cannot be read; null while it is readable
     */
    public record Sighting(
            @Nullable Instant lastSeen,
            @Nullable Path where,
            @Nullable Instant unreadableSince,
            @Nullable String problem) {
        public boolean readable() {
            return problem == null;
        }
    }

    private final Path dir;
    private final Clock clock;
    private volatile Sighting sighting = new Sighting(null, null, null, null);

    public KnowledgeFolder(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /** The folder as configured. */
    public Path dir() {
        return dir;
    }

    public Sighting sighting() {
        return sighting;
    }

    /** The folder was read just now, at {@code where}. */
    public synchronized void seen(@Nullable Path where) {
        Path at = where != null ? where : sighting.where();
        sighting = new Sighting(clock.instant(), at, null, null);
    }

    /** The folder could not be read just now; the first such time is kept as "since". */
    public synchronized void unreadable(String problem) {
        Sighting s = sighting;
        Instant since = s.unreadableSince() != null ? s.unreadableSince() : clock.instant();
        sighting = new Sighting(s.lastSeen(), s.where(), since, problem);
    }

    /** One line for people: "last seen T (path)" or "cannot be read since T: why". */
    public String describe() {
        Sighting s = sighting;
        String seen = s.lastSeen() == null
                ? "not read since the bot started"
                : "last seen " + s.lastSeen() + " (" + (s.where() != null ? s.where() : dir) + ")";
        if (s.readable()) return seen;
        return "cannot be read since " + s.unreadableSince() + ": " + s.problem() + " Before that: " + seen + ".";
    }
}
