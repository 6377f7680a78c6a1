package dev.careermentor.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.careermentor.core.moderation.AuditEntry;
import dev.careermentor.core.moderation.AuditFile;
import dev.careermentor.core.moderation.AuditLog;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The audit log in the database: one row per entry, the entry as the JSON object a line of audit.jsonl held. */
final class SqlAuditLog implements AuditLog {
    private static final Logger log = LoggerFactory.getLogger(SqlAuditLog.class);

    private final DataSource ds;
    private final String where;

    SqlAuditLog(DataSource ds, String where) {
        this.ds = ds;
        this.where = where;
    }

    static long millis(String isoTime) {
        try {
            return Instant.parse(isoTime).toEpochMilli();
        } catch (DateTimeParseException e) {
            return 0;
        }
    }

    @Override
    public void append(AuditEntry entry) throws IOException {
        String json = AuditFile.JSON.writeValueAsString(entry);
        Sql.run(ds, "record the audit entry", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_log (at_ms, entry) VALUES (?, ?)")) {
                p.setLong(1, millis(entry.time()));
                p.setString(2, json);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public List<AuditEntry> recent(int n) throws IOException {
        if (n <= 0) return List.of();
        List<AuditEntry> out = Sql.run(ds, "read the audit log", c -> {
            List<AuditEntry> newestFirst = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, entry FROM audit_log ORDER BY id DESC LIMIT ?")) {
                p.setInt(1, n);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) parse(r.getLong(1), r.getString(2), newestFirst::add);
                }
            }
            return newestFirst;
        });
        Collections.reverse(out);
        return out;
    }

    /** Every entry, oldest first, handed to {@code each} as JSON text (the export reads them this way). */
    int each(Consumer<String> each) throws IOException {
        return Sql.run(ds, "read the audit log", c -> {
            int n = 0;
            try (PreparedStatement p = c.prepareStatement("SELECT entry FROM audit_log ORDER BY id")) {
                p.setFetchSize(500);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        each.accept(r.getString(1));
                        n++;
                    }
                }
            }
            return n;
        });
    }

    private void parse(long id, String json, Consumer<AuditEntry> out) {
        try {
            out.accept(AuditFile.JSON.readValue(json, AuditEntry.class));
        } catch (JsonProcessingException e) {
            log.warn("skipping unreadable audit entry {} in {} ({})", id, where, e.getOriginalMessage());
        }
    }

    @Override
    public int count() throws IOException {
        return Sql.run(ds, "count the audit log", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM audit_log");
                    ResultSet r = p.executeQuery()) {
                r.next();
                return (int) Math.min(Integer.MAX_VALUE, r.getLong(1));
            }
        });
    }

    @Override
    public int exportTo(Path file) throws IOException {
        return Store.export(this, file);
    }

    @Override
    public String where() {
        return where;
    }
}
