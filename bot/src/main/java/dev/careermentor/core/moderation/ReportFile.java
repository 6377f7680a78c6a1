package dev.careermentor.core.moderation;

import dev.careermentor.core.io.DataFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Outdated?" reports in a JSON Lines file ({@code reports.jsonl}), as versions before 1.1 kept them
 * (imported once into the database at first start); bounded: the newest
 * {@code capacity} are kept in memory, and the file is compacted to them when it grows to twice that.
 */
public final class ReportFile implements ReportLog {
    private static final Logger log = LoggerFactory.getLogger(ReportFile.class);

    private final Path file;
    private final int capacity;
    private final Deque<Report> recent = new ArrayDeque<>();
    private int linesOnDisk;

    public ReportFile(Path file, int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        this.file = file;
        this.capacity = capacity;
        load();
    }

    private void load() {
        if (!Files.exists(file)) return;
        try {
            if (DataFiles.repairTornTail(file) != null) {
                log.warn(
                        "the last line of {} was cut off by a crash; it is kept in {}{}",
                        file,
                        file.getFileName(),
                        DataFiles.TORN_SUFFIX);
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                linesOnDisk++;
                try {
                    keep(AuditFile.JSON.readValue(line, Report.class));
                } catch (IOException e) {
                    log.warn("skipping an unreadable report line in {}", file);
                }
            }
        } catch (IOException e) {
            log.error("cannot read reports from {}: starting with none ({})", file, e.getMessage());
        }
    }

    private void keep(Report r) {
        recent.addLast(r);
        while (recent.size() > capacity) recent.removeFirst();
    }

    /** Records a report in memory and on disk. */
    @Override
    public synchronized void add(Report report) throws IOException {
        keep(report);
        DataFiles.append(file, AuditFile.JSON.writeValueAsString(report) + "\n", true);
        if (++linesOnDisk >= 2 * capacity) compact();
    }

    /** Rewrites the file with only the kept reports, atomically, so a crash leaves the old or the new. */
    private void compact() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Report r : recent) sb.append(AuditFile.JSON.writeValueAsString(r)).append('\n');
        DataFiles.replace(file, sb.toString());
        linesOnDisk = recent.size();
    }

    /** The newest {@code n} reports, newest first. */
    @Override
    public synchronized List<Report> latest(int n) {
        List<Report> out = new ArrayList<>(recent);
        java.util.Collections.reverse(out);
        return out.subList(0, Math.min(n, out.size()));
    }

    @Override
    public synchronized int size() {
        return recent.size();
    }
}
