package dev.careermentor.store;

import dev.careermentor.core.stats.UsageStats;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Usage counts in the database, one row per day, kind and name. Copies add to the rows ({@code n = n +
 * delta}); none writes a total, so none can undo another's counts.
 */
final class SqlUsageStore implements UsageStats.Store {
    static final String COMMAND = "command";
    static final String SPECIALIZATION = "specialization";
    static final String COMPARISON = "comparison";
    static final String RECOMMENDED = "recommended";
    static final String UNMATCHED = "unmatched";
    static final String QUIZ = "quiz";

    private record Row(LocalDate day, String kind, String name, long n) {}

    private final DataSource ds;
    private final String where;

    SqlUsageStore(DataSource ds, String where) {
        this.ds = ds;
        this.where = where;
    }

    private static List<Row> rows(UsageStats.Day d) {
        LocalDate day = LocalDate.parse(d.day());
        List<Row> out = new ArrayList<>();
        d.commands().forEach((k, v) -> out.add(new Row(day, COMMAND, k, v)));
        d.specializations().forEach((k, v) -> out.add(new Row(day, SPECIALIZATION, k, v)));
        d.comparisons().forEach((k, v) -> out.add(new Row(day, COMPARISON, k, v)));
        d.recommended().forEach((k, v) -> out.add(new Row(day, RECOMMENDED, k, v)));
        d.unmatched().forEach((k, v) -> out.add(new Row(day, UNMATCHED, k, v)));
        if (d.quizCompletions() != 0) out.add(new Row(day, QUIZ, "", d.quizCompletions()));
        return out;
    }

    @Override
    public void add(List<UsageStats.Day> deltas) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (UsageStats.Day d : deltas) rows.addAll(rows(d));
        // One order for every copy, so two flushes touching the same rows lock them in the same order.
        rows.sort((a, b) -> {
            int c = a.day().compareTo(b.day());
            if (c == 0) c = a.kind().compareTo(b.kind());
            return c != 0 ? c : a.name().compareTo(b.name());
        });
        Sql.transaction(ds, "add usage counts", c -> {
            for (Row r : rows) add(c, r);
            return 0;
        });
    }

    /** Adds {@code days} on connection {@code c}, in its transaction (the one-time import uses it). */
    static int addAll(Connection c, List<UsageStats.Day> days) throws SQLException {
        int n = 0;
        for (UsageStats.Day d : days) {
            for (Row r : rows(d)) {
                add(c, r);
                n++;
            }
        }
        return n;
    }

    private static void add(Connection c, Row r) throws SQLException {
        if (update(c, r) == 1) return;
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO usage_counts (usage_day, kind, name, n) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            p.setObject(1, r.day());
            p.setString(2, r.kind());
            p.setString(3, r.name());
            p.setLong(4, r.n());
            if (p.executeUpdate() == 1) return;
        }
        // Another copy inserted the row between our update and insert: add to it.
        if (update(c, r) != 1) throw new SQLException("usage row " + r + " neither updated nor inserted");
    }

    private static int update(Connection c, Row r) throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement("UPDATE usage_counts SET n = n + ? WHERE usage_day = ? AND kind = ? AND name = ?")) {
            p.setLong(1, r.n());
            p.setObject(2, r.day());
            p.setString(3, r.kind());
            p.setString(4, r.name());
            return p.executeUpdate();
        }
    }

    @Override
    public List<UsageStats.Day> since(LocalDate from) throws IOException {
        return Sql.run(ds, "read usage counts", c -> {
            Map<LocalDate, Builder> days = new TreeMap<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT usage_day, kind, name, n FROM usage_counts WHERE usage_day >= ? ORDER BY usage_day")) {
                p.setObject(1, from);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        LocalDate day = r.getObject(1, LocalDate.class);
                        days.computeIfAbsent(day, d -> new Builder()).add(r.getString(2), r.getString(3), r.getLong(4));
                    }
                }
            }
            List<UsageStats.Day> out = new ArrayList<>();
            days.forEach((day, b) -> out.add(b.build(day)));
            return out;
        });
    }

    private static final class Builder {
        final Map<String, Long> commands = new TreeMap<>();
        final Map<String, Long> specializations = new TreeMap<>();
        final Map<String, Long> comparisons = new TreeMap<>();
        final Map<String, Long> recommended = new TreeMap<>();
        final Map<String, Long> unmatched = new TreeMap<>();
        long quizzes;

        void add(String kind, String name, long n) {
            switch (kind) {
                case COMMAND -> commands.merge(name, n, Long::sum);
                case SPECIALIZATION -> specializations.merge(name, n, Long::sum);
                case COMPARISON -> comparisons.merge(name, n, Long::sum);
                case RECOMMENDED -> recommended.merge(name, n, Long::sum);
                case UNMATCHED -> unmatched.merge(name, n, Long::sum);
                case QUIZ -> quizzes += n;
                default -> {} // a kind a newer version counts: not this version's to show
            }
        }

        UsageStats.Day build(LocalDate day) {
            return new UsageStats.Day(
                    day.toString(), commands, specializations, comparisons, quizzes, recommended, unmatched);
        }
    }

    @Override
    public void prune(LocalDate keepFrom, LocalDate unmatchedFrom) throws IOException {
        Sql.transaction(ds, "drop old usage counts", c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM usage_counts WHERE usage_day < ?")) {
                p.setObject(1, keepFrom);
                p.executeUpdate();
            }
            try (PreparedStatement p =
                    c.prepareStatement("DELETE FROM usage_counts WHERE kind = ? AND usage_day < ?")) {
                p.setString(1, UNMATCHED);
                p.setObject(2, unmatchedFrom);
                p.executeUpdate();
            }
            return 0;
        });
    }

    @Override
    public String where() {
        return where;
    }
}
