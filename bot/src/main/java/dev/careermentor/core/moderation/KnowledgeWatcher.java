package dev.careermentor.core.moderation;

import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.knowledge.TimedReads;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the knowledge folder and reloads, debounced, when anything in it changes. Any event counts
 * (editors and config-map mounts rename and relink files in many ways); a reload of unchanged content
 * is a no-op, so extra events cost only a parse.
 *
 * <p>The folder itself may be replaced: a new folder renamed into place, the folder deleted and made
 * again, or a symlink to it swapped (as Kubernetes swaps a ConfigMap's). A watch follows the folder it was
 * set on, not the name, so the watcher also watches the parent folder for the name changing, and looks at
 * the folder every few seconds (which folder the name leads to, and the file's identity, size and time):
 * whatever an event missed, the next look finds, and the watch is set again on the folder the name now
 * leads to. Each look also tells {@link KnowledgeFolder} when the folder was last seen. Looks are bounded
 * in time ({@link TimedReads}), so a stalled mount cannot hold the watcher.
 */
public final class KnowledgeWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(500);
    /** How often the folder is looked at, whatever the events say. */
    public static final Duration DEFAULT_LOOK_EVERY = Duration.ofSeconds(2);

    private static final WatchEvent.Kind<?>[] KINDS = {
        StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE
    };

    /** Which folder the name leads to and which file is in it, as far as a look can tell without opening it. */
    record Fingerprint(
            Path folder,
            @Nullable Object folderKey,
            @Nullable Path file,
            @Nullable Object fileKey,
            long size,
            long modified,
            @Nullable String problem) {
        boolean sameFolder(@Nullable Fingerprint other) {
            return other != null && folder.equals(other.folder) && Objects.equals(folderKey, other.folderKey);
        }
    }

    private final Path dir;
    private final @Nullable Path parent;
    private final KnowledgeFolder folder;
    private final TimedReads reads;
    private final WatchService watch;
    private final ScheduledExecutorService scheduler;
    private final BooleanSupplier reload;
    private final Debouncer debouncer;
    private final Thread thread;
    private final Object keys = new Object();
    private @Nullable WatchKey dirKey;
    private @Nullable WatchKey parentKey;
    /** The last look's result; only the scheduler thread touches it. */
    private @Nullable Fingerprint last;

    /**
     * @param reload runs a reload; returns false when another reload was running, so it is tried again
     *     after the quiet period
     */
    public KnowledgeWatcher(
            Path dir,
            Duration quiet,
            Duration lookEvery,
            KnowledgeFolder folder,
            TimedReads reads,
            BooleanSupplier reload)
            throws IOException {
        this.dir = dir.toAbsolutePath();
        this.parent = this.dir.getParent();
        this.folder = folder;
        this.reads = reads;
        this.watch = FileSystems.getDefault().newWatchService();
        try {
            this.dirKey = reads.call(this.dir.toString(), () -> this.dir.register(watch, KINDS));
        } catch (IOException e) {
            watch.close();
            throw e;
        }
        if (parent != null) {
            try {
                this.parentKey = reads.call(parent.toString(), () -> parent.register(watch, KINDS));
            } catch (IOException | RuntimeException e) {
                log.warn(
                        "cannot watch {} for the knowledge folder being replaced ({}); looking every {} instead",
                        parent,
                        e.toString(),
                        lookEvery);
            }
        }
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "knowledge-reload");
            t.setDaemon(true);
            return t;
        });
        this.reload = reload;
        this.debouncer = new Debouncer(scheduler, quiet, this::reloadNow);
        long every = lookEvery.toNanos();
        scheduler.execute(() -> look(false)); // the first look only takes the baseline
        // Runs until close() shuts the scheduler down; look() handles its own failures.
        var unused = scheduler.scheduleWithFixedDelay(() -> look(true), every, every, TimeUnit.NANOSECONDS);
        this.thread = new Thread(this::loop, "knowledge-watcher");
        this.thread.setDaemon(true);
        this.thread.start();
        log.info("watching {} for knowledge changes", this.dir);
    }

    private void reloadNow() {
        try {
            if (!reload.getAsBoolean()) {
                log.info("a reload is running; the change will be reloaded after it");
                debouncer.trigger();
            }
        } catch (RuntimeException e) {
            log.error("knowledge reload after a file change failed", e);
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watch.take();
                boolean isParent;
                synchronized (keys) {
                    isParent = key == parentKey;
                }
                boolean relevant = false;
                for (WatchEvent<?> e : key.pollEvents()) {
                    if (!isParent
                            || e.kind() == StandardWatchEventKinds.OVERFLOW
                            || dir.getFileName().equals(e.context())) {
                        relevant = true;
                    }
                }
                boolean valid = key.reset();
                if (isParent && relevant) {
                    // The name now may lead to another folder: watch that one. Off this thread, bounded.
                    scheduler.execute(this::rewatch);
                }
                if (relevant) debouncer.trigger();
                if (!valid) {
                    synchronized (keys) {
                        if (key == dirKey) {
                            dirKey = null;
                            log.warn("the knowledge folder {} is gone; watching for it to come back", dir);
                            debouncer.trigger();
                        } else if (key == parentKey) {
                            parentKey = null;
                        }
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    /** Sets the watch on the folder the name leads to now, dropping the one on a folder it no longer does. */
    private void rewatch() {
        WatchKey now;
        try {
            now = reads.call(dir.toString(), () -> dir.register(watch, KINDS));
        } catch (NoSuchFileException e) {
            return; // not there (yet): the parent's watch or the next look will try again
        } catch (IOException | RuntimeException e) {
            log.warn("cannot watch the knowledge folder {} ({}); looking every few seconds instead", dir, e.toString());
            return;
        }
        synchronized (keys) {
            WatchKey old = dirKey;
            if (old != null && old != now) old.cancel();
            if (old != now) log.info("the knowledge folder {} was replaced; watching the new one", dir);
            dirKey = now;
        }
    }

    /** Runs on the scheduler: looks at the folder, notes what it saw, and reloads if something changed. */
    void look(boolean reloadOnChange) {
        Fingerprint now;
        try {
            now = reads.call(dir.toString(), () -> fingerprint(dir));
        } catch (NoSuchFileException e) {
            now = null;
            folder.unreadable("the knowledge folder " + dir + " does not exist (or is a broken symlink).");
        } catch (IOException | RuntimeException e) {
            // A stalled look changes nothing known about the content: only the folder's state.
            folder.unreadable(
                    e instanceof TimedReads.StalledException
                            ? e.getMessage() + "."
                            : "the knowledge folder " + dir + " could not be looked at: " + e.getMessage());
            return;
        }
        if (now != null) {
            String problem = now.problem();
            if (problem == null) folder.seen(now.folder());
            else folder.unreadable(problem);
        }
        Fingerprint before = last;
        last = now;
        if (Objects.equals(before, now)) return;
        boolean watching;
        synchronized (keys) {
            watching = dirKey != null && dirKey.isValid();
        }
        if (now != null && (!now.sameFolder(before) || !watching)) rewatch();
        if (reloadOnChange) {
            log.debug("the knowledge folder changed: {} -> {}", before, now);
            debouncer.trigger();
        }
    }

    /** What the folder and its file are now, without opening the file (a pipe would block). */
    static Fingerprint fingerprint(Path dir) throws IOException {
        Path real = dir.toRealPath();
        BasicFileAttributes d = Files.readAttributes(real, BasicFileAttributes.class);
        if (!d.isDirectory()) {
            return new Fingerprint(
                    real, d.fileKey(), null, null, 0, 0, "the knowledge folder " + dir + " is not a folder.");
        }
        Path file = real.resolve(KnowledgeLoader.FILE_NAME);
        BasicFileAttributes f;
        Path realFile;
        try {
            f = Files.readAttributes(file, BasicFileAttributes.class); // follows symlinks
            realFile = file.toRealPath();
        } catch (NoSuchFileException e) {
            return new Fingerprint(
                    real, d.fileKey(), null, null, 0, 0, file + ": file not found in the knowledge folder.");
        }
        String problem = f.isRegularFile()
                ? null
                : file + ": not a regular file (a named pipe, socket, device or folder); the knowledge cannot be read.";
        return new Fingerprint(
                real,
                d.fileKey(),
                realFile,
                f.fileKey(),
                f.size(),
                f.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                problem);
    }

    @Override
    public void close() throws IOException {
        watch.close();
        scheduler.shutdownNow();
        thread.interrupt();
    }
}
