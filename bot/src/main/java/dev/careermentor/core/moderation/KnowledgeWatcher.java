package dev.careermentor.core.moderation;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the knowledge folder and reloads, debounced, when anything in it changes. Any event counts
 * (editors and config-map mounts rename and relink files in many ways); a reload of unchanged content
 * is a no-op, so extra events cost only a parse.
 */
public final class KnowledgeWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(500);

    private final WatchService watch;
    private final ScheduledExecutorService scheduler;
    private final Debouncer debouncer;
    private final Thread thread;

    public KnowledgeWatcher(Path dir, Duration quiet, Runnable reload) throws IOException {
        this.watch = FileSystems.getDefault().newWatchService();
        dir.register(
                watch,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "knowledge-reload");
            t.setDaemon(true);
            return t;
        });
        this.debouncer = new Debouncer(scheduler, quiet, () -> {
            try {
                reload.run();
            } catch (RuntimeException e) {
                log.error("knowledge reload after a file change failed", e);
            }
        });
        this.thread = new Thread(this::loop, "knowledge-watcher");
        this.thread.setDaemon(true);
        this.thread.start();
        log.info("watching {} for knowledge changes", dir.toAbsolutePath());
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watch.take();
                if (!key.pollEvents().isEmpty()) debouncer.trigger();
                if (!key.reset()) {
                    log.warn("the knowledge folder is gone; no longer watching it (reload on demand still works)");
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    @Override
    public void close() throws IOException {
        watch.close();
        scheduler.shutdownNow();
        thread.interrupt();
    }
}
