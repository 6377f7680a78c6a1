package dev.careermentor.core.moderation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log: a reload attempt, who made it, from where, what changed, and how it ended.
 *
 * @param time ISO-8601 instant
 * @param trigger manual, watch or startup
 * @param result ok, unchanged or failed
 * @param oldVersion content hash before (null at start-up)
 * @param newVersion content hash of what was on disk (null if it could not be read)
 * @param changes the diff, one line each
 * @param errors file:line:column: message for each problem when the attempt failed
 */
public record AuditEntry(
        String time,
        String action,
        String trigger,
        Actor actor,
        @Nullable String oldVersion,
        @Nullable String newVersion,
        String result,
        String summary,
        List<String> changes,
        List<String> errors) {

    public AuditEntry {
        // Older lines may lack these lists; Jackson then passes null.
        changes = changes == null ? List.of() : List.copyOf(changes);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
