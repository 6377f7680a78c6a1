package dev.careermentor.core.moderation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reload attempts, kept for good: who reloaded what, when, and how it went. Append-only; an entry is
 * durable when {@link #append} returns. The bot keeps it in its database (every copy writes the same
 * log); {@link AuditFile} is the JSON Lines form, for import and export.
 */
public interface AuditLog {

    /** Records one entry durably; throws if it could not be. */
    void append(AuditEntry entry) throws IOException;

    /** The last {@code n} entries, oldest first. */
    List<AuditEntry> recent(int n) throws IOException;

    /** How many entries the log holds. */
    int count() throws IOException;

    /**
     * Writes the whole log to {@code file} as JSON Lines, oldest first (the format of {@link AuditFile});
     * the file appears complete or not at all. Returns how many entries it holds.
     */
    int exportTo(Path file) throws IOException;

    /** Where the log is kept, for people: a file, or the database. */
    String where();
}
