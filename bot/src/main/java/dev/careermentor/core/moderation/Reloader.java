package dev.careermentor.core.moderation;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.knowledge.LiveKnowledge;
import dev.careermentor.core.knowledge.Problem;
import dev.careermentor.core.understand.Understanding;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the knowledge from disk without a restart. The new version is read and validated whole
 * before anything changes; only then is it swapped in, in one step. A bad edit leaves the last good
 * version live. Every attempt a person makes is written to the audit log (so are automatic ones that
 * change or fail), and a swap happens only once its audit entry is safely on disk.
 *
 * <p>One reload runs at a time, and nobody waits for it: a reload asked for while another runs answers
 * {@link ReloadOutcome.Result#BUSY} at once, naming the one running. Reading the folder is bounded in
 * time ({@link KnowledgeLoader}), so a running reload always ends.
 */
public final class Reloader {
    private static final Logger log = LoggerFactory.getLogger(Reloader.class);

    public enum Trigger {
        MANUAL,
        WATCH,
        STARTUP
    }

    /** The latest attempt, for status. */
    public record Attempt(String time, Actor actor, Trigger trigger, ReloadOutcome outcome) {}

    /** A reload in progress: who asked, how, and since when. */
    public record Running(Actor actor, Trigger trigger, String since) {}

    private final Path dir;
    private final KnowledgeLoader loader;
    private final LiveKnowledge live;
    private final AuditLog audit;
    private final Clock clock;
    private final Consumer<ReloadOutcome> onOutcome;
    private final KnowledgeFolder folder;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile @Nullable Running running;
    private volatile @Nullable Attempt lastAttempt;
    private volatile @Nullable Attempt lastChange;

    /** @param onOutcome told about every reload attempt that ran, e.g. for metrics */
    public Reloader(
            Path dir,
            KnowledgeLoader loader,
            LiveKnowledge live,
            AuditLog audit,
            Clock clock,
            Consumer<ReloadOutcome> onOutcome) {
        this.dir = dir;
        this.loader = loader;
        this.live = live;
        this.audit = audit;
        this.clock = clock;
        this.onOutcome = onOutcome;
        this.folder = new KnowledgeFolder(dir, clock);
    }

    public Reloader(Path dir, KnowledgeLoader loader, LiveKnowledge live, AuditLog audit, Clock clock) {
        this(dir, loader, live, audit, clock, o -> {});
    }

    public Path dir() {
        return dir;
    }

    public AuditLog audit() {
        return audit;
    }

    public @Nullable Attempt lastAttempt() {
        return lastAttempt;
    }

    /** What was last seen of the knowledge folder. */
    public KnowledgeFolder folder() {
        return folder;
    }

    /** The reload in progress, if any. */
    public @Nullable Running running() {
        return running;
    }

    /**
     * The latest reload since start-up that made a new version live, with its diff; null when the
     * process still serves the version it started with. With the folder watcher on, an edit is live
     * before a moderator can diff it, so this is where its changes can still be seen.
     */
    public @Nullable Attempt lastChange() {
        return lastChange;
    }

    /** Validates what is on disk without loading it: the problems, or the diff against what is live. */
    public KnowledgeLoader.Result check() {
        return look();
    }

    /** Loads what is on disk and notes what it saw of the folder. */
    private KnowledgeLoader.Result look() {
        KnowledgeLoader.Result r = loader.load(dir);
        String unreadable = r.unreadable();
        if (unreadable != null) {
            folder.unreadable(unreadable);
        } else {
            folder.seen(r.folder());
        }
        return r;
    }

    /**
     * Records the version the process started with.
     *
     * @throws IOException when the audit log cannot be written; the message says why and what to do
     */
    public void recordStartup() throws IOException {
        Knowledge k = live.get();
        folder.seen(null); // the process has just read it to start
        ReloadOutcome outcome = new ReloadOutcome(
                ReloadOutcome.Result.OK,
                null,
                k.version(),
                new KnowledgeDiff(List.of(), List.of(), List.of(), List.of()),
                List.of(),
                null);
        Optional<String> error = write(Actor.STARTUP, Trigger.STARTUP, outcome, "started with version " + k.version());
        lastAttempt = new Attempt(
                clock.instant().toString(),
                Actor.STARTUP,
                Trigger.STARTUP,
                error.map(e -> withAuditError(outcome, e)).orElse(outcome));
        if (error.isPresent()) throw new IOException(error.get());
    }

    /**
     * Validates and swaps in what is on disk. Two reloads never interleave: while one runs, another
     * returns {@link ReloadOutcome.Result#BUSY} at once instead of waiting, so no request thread is held.
     */
    public ReloadOutcome reload(Actor actor, Trigger trigger) {
        if (!lock.tryLock()) {
            Knowledge current = live.get();
            Running other = running;
            log.info(
                    "knowledge reload by {} not started: {} is running one",
                    actor.describe(),
                    other == null ? "another" : other.actor().describe());
            return new ReloadOutcome(
                    ReloadOutcome.Result.BUSY,
                    current.version(),
                    null,
                    KnowledgeDiff.between(current.data(), current.data()),
                    List.of(),
                    null,
                    other);
        }
        try {
            running = new Running(actor, trigger, clock.instant().toString());
            ReloadOutcome outcome = attempt(actor, trigger);
            onOutcome.accept(outcome);
            return outcome;
        } finally {
            running = null;
            lock.unlock();
        }
    }

    private ReloadOutcome attempt(Actor actor, Trigger trigger) {
        Knowledge current = live.get();
        KnowledgeLoader.Result loaded = look();
        ReloadOutcome outcome;
        String summary;
        if (!loaded.ok()) {
            outcome = new ReloadOutcome(
                    ReloadOutcome.Result.FAILED,
                    current.version(),
                    null,
                    KnowledgeDiff.between(current.data(), current.data()),
                    loaded.problems(),
                    null);
            summary = loaded.problems().size() + " problem(s); version " + current.version() + " stays live";
            log.warn(
                    "knowledge reload by {} kept out: {} problem(s)",
                    actor.describe(),
                    loaded.problems().size());
            loaded.problems().forEach(p -> log.warn("  {}", p));
        } else if (loaded.knowledge().contentHash().equals(current.contentHash())) {
            outcome = new ReloadOutcome(
                    ReloadOutcome.Result.UNCHANGED,
                    current.version(),
                    current.version(),
                    KnowledgeDiff.between(current.data(), current.data()),
                    List.of(),
                    null);
            summary = "unchanged at version " + current.version();
            if (trigger == Trigger.WATCH) return outcome; // a touch or an unrelated file: nothing to record
        } else {
            Knowledge next = loaded.knowledge();
            KnowledgeDiff diff = KnowledgeDiff.between(current.data(), next.data());
            outcome = new ReloadOutcome(
                    ReloadOutcome.Result.OK, current.version(), next.version(), diff, List.of(), null);
            summary = current.version() + " \u2192 " + next.version() + ": " + diff.summary();
            Optional<String> error = write(actor, trigger, outcome, summary);
            if (error.isPresent()) {
                // Accountability first: a change nobody can trace is not made.
                ReloadOutcome refused = new ReloadOutcome(
                        ReloadOutcome.Result.FAILED, current.version(), next.version(), diff, List.of(), error.get());
                lastAttempt = new Attempt(clock.instant().toString(), actor, trigger, refused);
                return refused;
            }
            // Read the new version's names and passages before serving it, so no question waits for that.
            Understanding.of(next);
            // Recorded before the swap: whoever sees the new version live (diff, status) also finds the
            // reload that made it so.
            Attempt done = new Attempt(clock.instant().toString(), actor, trigger, outcome);
            lastChange = done;
            lastAttempt = done;
            live.swap(next);
            log.info("knowledge reloaded by {}: {}", actor.describe(), summary);
            return outcome;
        }
        // status shows the attempt no later than the audit log does: a moderator who sees the entry in
        // history never gets an older "last reload attempt" from status.
        String at = clock.instant().toString();
        lastAttempt = new Attempt(at, actor, trigger, outcome);
        Optional<String> error = write(actor, trigger, outcome, summary);
        if (error.isEmpty()) return outcome;
        ReloadOutcome recorded = withAuditError(outcome, error.get());
        lastAttempt = new Attempt(at, actor, trigger, recorded);
        return recorded;
    }

    private static ReloadOutcome withAuditError(ReloadOutcome o, String error) {
        return new ReloadOutcome(o.result(), o.oldVersion(), o.newVersion(), o.diff(), o.problems(), error);
    }

    /** Writes the audit entry; returns why it failed, or empty when it was written. */
    private Optional<String> write(Actor actor, Trigger trigger, ReloadOutcome outcome, String summary) {
        AuditEntry entry = new AuditEntry(
                clock.instant().toString(),
                "reload",
                trigger.name().toLowerCase(Locale.ROOT),
                actor,
                outcome.oldVersion(),
                outcome.newVersion(),
                outcome.result().name().toLowerCase(Locale.ROOT),
                summary,
                outcome.diff().isEmpty() ? List.of() : limit(outcome.diff().lines(), 200),
                limit(outcome.problems().stream().map(Problem::toString).toList(), 200));
        try {
            audit.append(entry);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            log.error("cannot write the audit log in {}: {}", audit.where(), e.toString());
            return Optional.of("the audit log in " + audit.where() + " could not be written (" + e.getMessage()
                    + "): check that the bot can write there (MENTOR_DATABASE_URL, or MENTOR_DATA_DIR without one)");
        }
    }

    private static List<String> limit(List<String> lines, int max) {
        if (lines.size() <= max) return lines;
        List<String> out = new java.util.ArrayList<>(lines.subList(0, max));
        out.add("... and " + (lines.size() - max) + " more");
        return out;
    }
}
