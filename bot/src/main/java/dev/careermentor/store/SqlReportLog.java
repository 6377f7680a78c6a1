package dev.careermentor.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.careermentor.core.moderation.AuditFile;
import dev.careermentor.core.moderation.Report;
import dev.careermentor.core.moderation.ReportLog;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Outdated?" reports in the database; the newest {@code capacity} are kept, older ones pruned. */
final class SqlReportLog implements ReportLog {
    private static final Logger log = LoggerFactory.getLogger(SqlReportLog.class);

    private final DataSource ds;
    private final int capacity;

    SqlReportLog(DataSource ds, int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        this.ds = ds;
        this.capacity = capacity;
    }

    @Override
    public void add(Report report) throws IOException {
        String json = AuditFile.JSON.writeValueAsString(report);
        Sql.run(ds, "record the report", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO reports (at_ms, report) VALUES (?, ?)")) {
                p.setLong(1, SqlAuditLog.millis(report.time()));
                p.setString(2, json);
                return p.executeUpdate();
            }
        });
    }

    /** Drops all but the newest {@code capacity} reports; the store's housekeeping calls it. */
    int prune() throws IOException {
        return Sql.run(ds, "prune old reports", c -> {
            try (PreparedStatement p =
                    c.prepareStatement("DELETE FROM reports WHERE id <= " + "(SELECT MAX(id) FROM reports) - ?")) {
                p.setInt(1, capacity);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public List<Report> latest(int n) {
        int limit = Math.min(n, capacity);
        if (limit <= 0) return List.of();
        try {
            return Sql.run(ds, "read the reports", c -> {
                List<Report> out = new ArrayList<>();
                try (PreparedStatement p =
                        c.prepareStatement("SELECT id, report FROM reports ORDER BY id DESC LIMIT ?")) {
                    p.setInt(1, limit);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            try {
                                out.add(AuditFile.JSON.readValue(r.getString(2), Report.class));
                            } catch (JsonProcessingException e) {
                                log.warn("skipping unreadable report {} ({})", r.getLong(1), e.getOriginalMessage());
                            }
                        }
                    }
                }
                return out;
            });
        } catch (IOException e) {
            log.error("cannot read reports: {}", e.getMessage());
            return List.of();
        }
    }

    @Override
    public int size() {
        try {
            return Sql.run(ds, "count the reports", c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM reports");
                        ResultSet r = p.executeQuery()) {
                    r.next();
                    return (int) Math.min(capacity, r.getLong(1));
                }
            });
        } catch (IOException e) {
            log.error("cannot count reports: {}", e.getMessage());
            return 0;
        }
    }
}
