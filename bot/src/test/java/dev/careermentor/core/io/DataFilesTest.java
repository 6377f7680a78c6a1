package dev.careermentor.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.careermentor.core.moderation.Actor;
import dev.careermentor.core.moderation.AuditEntry;
import dev.careermentor.core.moderation.AuditFile;
import dev.careermentor.core.moderation.Report;
import dev.careermentor.core.moderation.ReportFile;
import dev.careermentor.core.stats.UsageStats;
import dev.careermentor.store.Database;
import dev.careermentor.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crash-torn last lines and private permissions of the bot's data files. */
class DataFilesTest {
    @TempDir
    Path tmp;

    private static AuditEntry entry(String summary) {
        return new AuditEntry(
                "2026-11-30T12:00:00Z",
                "reload",
                "command",
                new Actor("slack", "T1", "U1", "mod"),
                "v1",
                "v2",
                "ok",
                summary,
                List.of(),
                List.of());
    }

    @Test
    void aTornLastLineIsKeptAsideAndTheFileEndsOnItsLastWholeLine() throws Exception {
        Path f = tmp.resolve("log.jsonl");
        Files.writeString(f, "{\"a\":1}\n{\"b\":2}\n{\"c\":");
        assertEquals("{\"c\":", DataFiles.repairTornTail(f));
        assertEquals("{\"a\":1}\n{\"b\":2}\n", Files.readString(f));
        assertEquals("{\"c\":\n", Files.readString(tmp.resolve("log.jsonl.torn")), "kept, not deleted");
        assertNull(DataFiles.repairTornTail(f), "a clean file is left alone");
        Files.writeString(f, "only a torn line");
        assertEquals("only a torn line", DataFiles.repairTornTail(f));
        assertEquals("", Files.readString(f));
        assertEquals("{\"c\":\nonly a torn line\n", Files.readString(tmp.resolve("log.jsonl.torn")));
    }

    @Test
    void theAuditEntryAfterACrashIsNotGluedToTheTornLine() throws Exception {
        Path f = tmp.resolve("audit.jsonl");
        AuditFile before = new AuditFile(f);
        before.append(entry("first"));
        String whole = Files.readString(f);
        Files.writeString(f, whole + whole.substring(0, whole.length() / 2), StandardCharsets.UTF_8); // a torn second
        AuditFile after = new AuditFile(f); // the process restarted
        after.append(entry("after the crash"));
        List<AuditEntry> recent = after.recent(10);
        assertEquals(
                List.of("first", "after the crash"),
                recent.stream().map(AuditEntry::summary).toList());
        assertEquals(whole.substring(0, whole.length() / 2) + "\n", Files.readString(tmp.resolve("audit.jsonl.torn")));
    }

    @Test
    void theReportAfterACrashIsNotLost() throws Exception {
        Path f = tmp.resolve("reports.jsonl");
        new ReportFile(f, 10).add(new Report("2026-11-30T12:00:00Z", "mlops", "MLOps", "2026", "slack"));
        Files.writeString(f, Files.readString(f) + "{\"time\":\"2026-11-30T12:01", StandardCharsets.UTF_8);
        ReportFile restarted = new ReportFile(f, 10);
        restarted.add(new Report("2026-11-30T12:02:00Z", "rlhf", "RLHF", "2026", "discord"));
        assertEquals(
                List.of("rlhf", "mlops"),
                new ReportFile(f, 10).latest(10).stream().map(Report::entryId).toList());
    }

    @Test
    void dataFilesAreReadableByTheBotsUserOnly() throws Exception {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path data = tmp.resolve("data");
        new AuditFile(data.resolve("audit.jsonl")).append(entry("x"));
        new ReportFile(data.resolve("reports.jsonl"), 1)
                .add(new Report("2026-11-30T12:00:00Z", "mlops", "MLOps", "2026", "slack"));
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
        try (Store store = Store.open(Database.embedded(data.resolve("db")), clock)) {
            UsageStats stats = new UsageStats(store.usage(), clock);
            stats.command("salary");
            stats.flush();
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("db"))));
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("db/mentor.mv.db"))),
                "the embedded database");
        for (String name : List.of("audit.jsonl", "reports.jsonl")) {
            assertEquals(
                    "rw-------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(name))),
                    name);
        }
    }
}
