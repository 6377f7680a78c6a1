package dev.careermentor.core.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.careermentor.core.io.DataFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log as an append-only JSON Lines file ({@code audit.jsonl}): what versions before 1.1 kept,
 * imported once into the database at first start, and the format {@code admin export} writes. Each entry is written and synced to disk before
 * the call returns, and the file is never rewritten, so history survives crashes and restarts. A last
 * line torn by a crash mid-write is moved to {@code audit.jsonl.torn} before the first append, so the
 * next entry starts on a line of its own; torn lines are skipped when reading.
 */
public final class AuditFile implements AuditLog {
    private static final Logger log = LoggerFactory.getLogger(AuditFile.class);
    /** The JSON form of audit entries and reports: a line of audit.jsonl, a row of the database. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    // count() reads only what was appended since it last ran: the log is never rewritten.
    private long countedBytes;
    private int counted;
    private boolean tailChecked;

    public AuditFile(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized int exportTo(Path to) throws IOException {
        List<String> lines = Files.exists(file) ? tail(file, Integer.MAX_VALUE) : List.of();
        StringBuilder sb = new StringBuilder();
        for (String line : lines) sb.append(line).append('\n');
        DataFiles.replace(to, sb.toString());
        return lines.size();
    }

    @Override
    public String where() {
        return file.toString();
    }

    /** Appends one entry and forces it to disk; throws if it could not be made durable. */
    @Override
    public synchronized void append(AuditEntry entry) throws IOException {
        if (!tailChecked) {
            String torn = DataFiles.repairTornTail(file);
            if (torn != null) {
                log.warn(
                        "the last line of {} was cut off by a crash; it is kept in {}{}",
                        file,
                        file.getFileName(),
                        DataFiles.TORN_SUFFIX);
            }
            tailChecked = true;
        }
        DataFiles.append(file, JSON.writeValueAsString(entry) + "\n", true);
    }

    /** The last {@code n} entries, oldest first; reads only the end of the file. */
    @Override
    public synchronized List<AuditEntry> recent(int n) throws IOException {
        if (n <= 0 || !Files.exists(file)) return List.of();
        List<String> lines = tail(file, n);
        List<AuditEntry> out = new ArrayList<>();
        for (String line : lines) {
            try {
                out.add(JSON.readValue(line, AuditEntry.class));
            } catch (IOException e) {
                // Jackson's own message adds the source location on further lines; the reason alone fits one.
                String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
                log.warn("skipping an unreadable audit line in {} ({})", file, reason);
            }
        }
        return out;
    }

    /**
     * How many entries the log holds: its complete, non-blank lines (a line torn by a crash is not
     * counted). Reads only what was appended since the last call.
     */
    @Override
    public synchronized int count() throws IOException {
        if (!Files.exists(file)) return 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < countedBytes) { // replaced by hand: start over
                countedBytes = 0;
                counted = 0;
            }
            ch.position(countedBytes);
            ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
            boolean lineHasText = false;
            long read = countedBytes;
            long lineStart = countedBytes;
            int lines = counted;
            while (ch.read(buf) > 0) {
                buf.flip();
                while (buf.hasRemaining()) {
                    byte b = buf.get();
                    read++;
                    if (b == '\n') {
                        if (lineHasText) lines++;
                        lineHasText = false;
                        lineStart = read;
                    } else if (b != ' ' && b != '\r' && b != '\t') {
                        lineHasText = true;
                    }
                }
                buf.clear();
            }
            // Remember up to the last complete line; a partial one is read again next time.
            countedBytes = lineStart;
            counted = lines;
            return lines;
        }
    }

    /** The last {@code n} non-empty lines of a file, read backwards in blocks. */
    static List<String> tail(Path file, int n) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long end = raf.length();
            long pos = end;
            int block = 64 * 1024;
            java.io.ByteArrayOutputStream collected = new java.io.ByteArrayOutputStream();
            byte[] acc = new byte[0];
            int newlines = 0;
            while (pos > 0 && newlines <= n) {
                int len = (int) Math.min(block, pos);
                pos -= len;
                byte[] buf = new byte[len];
                raf.seek(pos);
                raf.readFully(buf);
                for (byte b : buf) if (b == '\n') newlines++;
                collected.reset();
                collected.write(buf);
                collected.write(acc);
                acc = collected.toByteArray();
            }
            String text = new String(acc, StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>();
            for (String l : text.split("\n", -1)) if (!l.isBlank()) lines.add(l);
            if (pos > 0 && !lines.isEmpty()) lines.remove(0); // the first may be cut in the middle
            int from = Math.max(0, lines.size() - n);
            return Collections.unmodifiableList(lines.subList(from, lines.size()));
        }
    }
}
