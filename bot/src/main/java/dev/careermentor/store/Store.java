package dev.careermentor.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Languages;
import dev.careermentor.core.io.DataFiles;
import dev.careermentor.core.moderation.AuditEntry;
import dev.careermentor.core.moderation.AuditFile;
import dev.careermentor.core.moderation.AuditLog;
import dev.careermentor.core.moderation.Report;
import dev.careermentor.core.moderation.ReportFile;
import dev.careermentor.core.moderation.ReportLog;
import dev.careermentor.core.session.Cooldowns;
import dev.careermentor.core.session.KeyStore;
import dev.careermentor.core.stats.UsageStats;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's shared state over one {@link Database}: what every copy of the bot reads and writes. Made
 * once per process by the composition root and handed to the core as its interfaces.
 */
public final class Store implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Store.class);

    /** Reports kept; older ones age out. */
    public static final int REPORTS_KEPT = 1000;

    private final Database db;
    private final Clock clock;
    private final SqlAuditLog audit;
    private final SqlReportLog reports;
    private final SqlUsageStore usage;
    private final KeyStore keys;
    private final @Nullable SqlKeys sharedKeys;
    private final SqlLanguageChoices languages;
    private final @Nullable ProxyManager<String> buckets;
    /** The clock's time in nanoseconds since the epoch: budgets and windows are wall-clock, across copies. */
    private final Ticker ticker;

    private Store(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        String where =
                (db.kind() == Database.Kind.POSTGRESQL ? "the database " : "the embedded database ") + db.describe();
        this.audit = new SqlAuditLog(db.dataSource(), where);
        this.reports = new SqlReportLog(db.dataSource(), REPORTS_KEPT);
        this.usage = new SqlUsageStore(db.dataSource(), where);
        this.languages = new SqlLanguageChoices(db.dataSource(), clock);
        this.ticker = () -> Math.multiplyExact(clock.millis(), 1_000_000L);
        if (db.kind() == Database.Kind.POSTGRESQL) {
            // Shared by every copy: a retry or a Share reaching another copy, and a user's budget, are one.
            SqlKeys sql = new SqlKeys(db.dataSource(), clock);
            this.sharedKeys = sql;
            this.keys = sql;
            this.buckets = buckets(db, ticker);
        } else {
            // The embedded file serves one process (a second is refused), so these short-lived rows need not
            // be shared, and written to H2 they cost each Slack request about 0.35 ms and tens of ms in the
            // tail (docs/performance.md): kept in this process's memory, as in 1.0.
            this.sharedKeys = null;
            this.keys = KeyStore.inMemory(ticker);
            this.buckets = null;
        }
    }

    /** The store over {@code db}, on {@code clock}'s time (windows, budgets and timestamps). */
    public static Store open(Database db, Clock clock) {
        return new Store(db, clock);
    }

    /**
     * Token buckets in the {@code cooldown_buckets} table on the store's wall-clock time, through bucket4j's own
     * PostgreSQL integration. A bucket is dropped a minute after it would be full again (then it is the
     * same as no bucket).
     */
    private static ProxyManager<String> buckets(Database db, Ticker wallNanos) {
        TimeMeter time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return wallNanos.read();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(db.dataSource())
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("cooldown_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .clientClock(time)
                .requestTimeout(Duration.ofSeconds(2))
                .build();
    }

    public Database database() {
        return db;
    }

    public AuditLog audit() {
        return audit;
    }

    public ReportLog reports() {
        return reports;
    }

    public UsageStats.Store usage() {
        return usage;
    }

    public KeyStore keys() {
        return keys;
    }

    public Languages.Choices languages() {
        return languages;
    }

    /**
     * Per-user budgets: in the shared database, the same for a user whichever copy answers; with the
     * embedded database (one process), in this process's memory.
     */
    public Cooldowns cooldowns(Cooldowns.Settings settings) {
        ProxyManager<String> shared = buckets;
        return shared != null ? Cooldowns.shared(settings, shared) : Cooldowns.inMemory(settings, ticker);
    }

    /**
     * Drops what has aged out: keys past their window, buckets full again, reports beyond the newest
     * {@link #REPORTS_KEPT}. Safe to run on every copy at once.
     */
    public void housekeeping() {
        try {
            SqlKeys sql = sharedKeys;
            int k = sql != null ? sql.prune() : 0;
            int r = reports.prune();
            int b = buckets instanceof ExpiredEntriesCleaner c ? c.removeExpired(10_000) : 0;
            if (k + r + b > 0) log.debug("housekeeping: {} keys, {} reports, {} buckets dropped", k, r, b);
        } catch (IOException | RuntimeException e) {
            log.warn("housekeeping of the database failed ({}); it is tried again in a minute", e.toString());
        }
    }

    /**
     * Writes the whole audit log to {@code file} as JSON Lines, oldest first, the format audit.jsonl had;
     * the file appears complete or not at all. Returns how many entries were written.
     */
    public int exportAudit(Path file) throws IOException {
        return export(audit, file);
    }

    static int export(SqlAuditLog audit, Path file) throws IOException {
        DataFiles.createParent(file);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        int n;
        try (BufferedWriter w = new BufferedWriter(Channels.newWriter(
                DataFiles.open(
                        tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE),
                StandardCharsets.UTF_8))) {
            IOException[] failed = new IOException[1];
            n = audit.each(line -> {
                if (failed[0] != null) return;
                try {
                    w.write(line);
                    w.write('\n');
                } catch (IOException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) throw failed[0];
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return n;
    }

    /**
     * Imports, once per database, the files versions before 1.1 kept in the data folder: the audit log,
     * reports, usage counts and language choices. Each file is imported in one transaction with its
     * record in {@code imports}, so a crash imports it whole or not at all, and two copies starting at once
     * import it once. The files are left where they are (nothing writes them any more).
     *
     * @return one line per file imported now, for the start-up log
     */
    public List<String> importFiles(Path dataDir, Path auditFile) {
        List<String> done = new ArrayList<>();
        importOne("audit.jsonl", auditFile, done, (c, f) -> {
            List<AuditEntry> entries = new AuditFile(f).recent(Integer.MAX_VALUE);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_log (at_ms, entry) VALUES (?, ?)")) {
                for (AuditEntry e : entries) {
                    p.setLong(1, SqlAuditLog.millis(e.time()));
                    p.setString(2, AuditFile.JSON.writeValueAsString(e));
                    p.addBatch();
                }
                p.executeBatch();
            }
            return entries.size();
        });
        importOne("reports.jsonl", dataDir.resolve("reports.jsonl"), done, (c, f) -> {
            List<Report> newestFirst = new ReportFile(f, REPORTS_KEPT).latest(REPORTS_KEPT);
            List<Report> oldestFirst = new ArrayList<>(newestFirst);
            Collections.reverse(oldestFirst);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO reports (at_ms, report) VALUES (?, ?)")) {
                for (Report r : oldestFirst) {
                    p.setLong(1, SqlAuditLog.millis(r.time()));
                    p.setString(2, AuditFile.JSON.writeValueAsString(r));
                    p.addBatch();
                }
                p.executeBatch();
            }
            return oldestFirst.size();
        });
        importOne("stats.jsonl", dataDir.resolve("stats.jsonl"), done, (c, f) -> {
            List<UsageStats.Day> days = UsageStats.readFile(f);
            SqlUsageStore.addAll(c, days);
            return days.size();
        });
        importOne("languages.json", dataDir.resolve("languages.json"), done, (c, f) -> {
            Map<String, String> saved =
                    AuditFile.JSON.readValue(f.toFile(), new TypeReference<Map<String, String>>() {});
            int n = 0;
            for (var e : saved.entrySet()) {
                if (Lang.of(e.getValue()).isEmpty()) continue;
                SqlLanguageChoices.put(c, e.getKey(), e.getValue(), clock.millis());
                n++;
            }
            return n;
        });
        return done;
    }

    private interface Importer {
        int run(Connection c, Path file) throws SQLException, IOException;
    }

    private void importOne(String name, Path file, List<String> done, Importer importer) {
        if (!Files.isRegularFile(file)) return;
        try {
            Sql.transaction(db.dataSource(), "import " + file, c -> {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO imports (name, source, items, "
                        + "imported_at_ms) VALUES (?, ?, 0, ?) ON CONFLICT DO NOTHING")) {
                    p.setString(1, name);
                    p.setString(2, file.toAbsolutePath().toString());
                    p.setLong(3, clock.millis());
                    if (p.executeUpdate() == 0) return 0; // imported before, by this copy or another
                }
                int items = importer.run(c, file);
                try (PreparedStatement p = c.prepareStatement("UPDATE imports SET items = ? WHERE name = ?")) {
                    p.setInt(1, items);
                    p.setString(2, name);
                    p.executeUpdate();
                }
                done.add("imported " + items + (name.equals("stats.jsonl") ? " days of usage counts" : " entries")
                        + " from " + file + " into " + db.describe() + " (the file is kept, and no longer written)");
                return 0;
            });
        } catch (IOException e) {
            log.error("cannot import {} ({}); it is tried again at the next start", file, e.getMessage());
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
