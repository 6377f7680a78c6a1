package dev.careermentor.core.moderation;

import dev.careermentor.core.knowledge.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a reload ended.
 *
 * @param diff what changed (empty unless the result is OK)
 * @param problems why the new version was kept out (empty unless FAILED)
 * @param auditError set when the attempt could not be written to the audit log
 * @param busyWith the reload that was already running, when the result is BUSY
 */
public record ReloadOutcome(
        Result result,
        @Nullable String oldVersion,
        @Nullable String newVersion,
        KnowledgeDiff diff,
        List<Problem> problems,
        @Nullable String auditError,
        Reloader.@Nullable Running busyWith) {

    public enum Result {
        /** The new version is live. */
        OK,
        /** The file on disk is the version already live. */
        UNCHANGED,
        /** The new version has problems (or could not be audited); the old one stays live. */
        FAILED,
        /** Another reload was running: nothing was read or changed. */
        BUSY
    }

    public ReloadOutcome {
        problems = List.copyOf(problems);
    }

    public ReloadOutcome(
            Result result,
            @Nullable String oldVersion,
            @Nullable String newVersion,
            KnowledgeDiff diff,
            List<Problem> problems,
            @Nullable String auditError) {
        this(result, oldVersion, newVersion, diff, problems, auditError, null);
    }
}
