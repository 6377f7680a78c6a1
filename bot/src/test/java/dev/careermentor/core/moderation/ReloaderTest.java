package dev.careermentor.core.moderation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import dev.careermentor.ExpectedLogs;
import dev.careermentor.Fixtures;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.knowledge.LiveKnowledge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Reloads: validated whole, swapped atomically, audited, and bad edits kept out. */
class ReloaderTest {
    @TempDir
    Path tmp;

    /** What these tests provoke on purpose (a torn audit line, an unwritable log): kept for them, not printed. */
    @RegisterExtension
    final ExpectedLogs logs = ExpectedLogs.of(AuditFile.class, Level.WARN, "skipping an unreadable audit line")
            .and(Reloader.class.getName(), Level.ERROR, "cannot write the audit log");

    private Path dir;
    private LiveKnowledge live;
    private AuditFile audit;
    private Reloader reloader;
    private final Actor alice = Actor.of(new User(Surface.SLACK, "T1", "U1"), "alice");

    @BeforeEach
    void setUp() throws IOException {
        dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
        KnowledgeLoader loader = new KnowledgeLoader(Fixtures.CLOCK);
        live = new LiveKnowledge(loader.load(dir).knowledge());
        audit = new AuditFile(tmp.resolve("data/audit.jsonl"));
        reloader = new Reloader(dir, loader, live, audit, Fixtures.CLOCK);
    }

    private void edit(String find, String replace) throws IOException {
        Path f = dir.resolve("knowledge.yaml");
        String text = Files.readString(f);
        assertTrue(text.contains(find), find);
        Files.writeString(f, text.replace(find, replace));
    }

    @Test
    void aGoodEditIsSwappedInAndAudited() throws IOException {
        Knowledge before = live.get();
        edit("early: { min: 180000, max: 280000 }", "early: { min: 190000, max: 290000 }");
        ReloadOutcome o = reloader.reload(alice, Reloader.Trigger.MANUAL);
        assertEquals(ReloadOutcome.Result.OK, o.result());
        assertTrue(live.get() != before);
        assertEquals(
                190_000,
                live.get()
                        .specializations()
                        .byId("inference-serving")
                        .salary()
                        .early()
                        .min());
        List<AuditEntry> entries = audit.recent(10);
        assertEquals(1, entries.size());
        AuditEntry e = entries.get(0);
        assertEquals("ok", e.result());
        assertEquals("manual", e.trigger());
        assertEquals("alice", e.actor().name());
        assertEquals("slack", e.actor().surface());
        assertEquals(before.version(), e.oldVersion());
        assertEquals(live.get().version(), e.newVersion());
        assertTrue(
                e.changes().stream().anyMatch(l -> l.contains("$180K–$280K") && l.contains("$190K–$290K")),
                e.changes().toString());
    }

    @Test
    void aBadEditIsKeptOutWithItsErrorsReported() throws IOException {
        Knowledge before = live.get();
        edit("difficulty: common", "difficulty: medium");
        ReloadOutcome o = reloader.reload(alice, Reloader.Trigger.MANUAL);
        assertEquals(ReloadOutcome.Result.FAILED, o.result());
        assertTrue(live.get() == before, "the last good version stays live");
        assertEquals(1, o.problems().size());
        assertTrue(
                o.problems().get(0).toString().matches(".*knowledge\\.yaml:86:19: .*'medium' is not allowed.*"),
                o.problems().get(0).toString());
        assertEquals(
                ReloadOutcome.Result.FAILED, reloader.lastAttempt().outcome().result());
        AuditEntry e = audit.recent(1).get(0);
        assertEquals("failed", e.result());
        assertTrue(e.errors().get(0).contains(":86:19:"));
    }

    @Test
    void anUnchangedFileIsAuditedWhenAskedButNotWhenWatched() throws IOException {
        assertEquals(
                ReloadOutcome.Result.UNCHANGED,
                reloader.reload(Actor.WATCHER, Reloader.Trigger.WATCH).result());
        assertTrue(audit.recent(10).isEmpty(), "a touched file is not worth an entry");
        assertEquals(
                ReloadOutcome.Result.UNCHANGED,
                reloader.reload(alice, Reloader.Trigger.MANUAL).result());
        assertEquals("unchanged", audit.recent(10).get(0).result());
    }

    @Test
    void theAuditLogSurvivesARestartAndIsOnlyAppended() throws IOException {
        assertDoesNotThrow(reloader::recordStartup);
        edit("summary: \"Make models fast.\"", "summary: \"Make models fast and cheap.\"");
        reloader.reload(alice, Reloader.Trigger.MANUAL);
        byte[] firstTwo = Files.readAllBytes(audit.file());
        edit("difficulty: common", "difficulty: nope");
        reloader.reload(alice, Reloader.Trigger.MANUAL);

        AuditFile reopened = new AuditFile(audit.file()); // a new process reading the same file
        List<AuditEntry> entries = reopened.recent(10);
        assertEquals(
                List.of("startup", "manual", "manual"),
                entries.stream().map(AuditEntry::trigger).toList());
        assertEquals(
                List.of("ok", "ok", "failed"),
                entries.stream().map(AuditEntry::result).toList());
        byte[] all = Files.readAllBytes(audit.file());
        assertEquals(
                new String(firstTwo, StandardCharsets.UTF_8),
                new String(all, 0, firstTwo.length, StandardCharsets.UTF_8),
                "earlier entries are never rewritten");
        assertEquals(2, reopened.recent(2).size());
    }

    @Test
    void aTornLastLineIsSkipped() throws IOException {
        reloader.reload(alice, Reloader.Trigger.MANUAL);
        Files.writeString(audit.file(), "{\"time\":\"2026-", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(1, new AuditFile(audit.file()).recent(5).size());
        assertEquals(1, new AuditFile(audit.file()).count(), "a torn line is not an entry");
        List<ExpectedLogs.Event> events = logs.events("unreadable audit line");
        assertEquals(1, events.size(), events.toString());
        ExpectedLogs.Event skipped = events.get(0);
        assertTrue(skipped.message().contains(audit.file().toString()), skipped.message());
        assertFalse(skipped.message().contains("\n"), "one line: " + skipped.message());
    }

    @Test
    void theLogCountsItsEntriesReadingOnlyWhatWasAppended() throws IOException {
        assertEquals(0, audit.count(), "no file yet");
        reloader.reload(alice, Reloader.Trigger.MANUAL);
        reloader.reload(alice, Reloader.Trigger.MANUAL);
        assertEquals(2, audit.count());
        reloader.reload(alice, Reloader.Trigger.MANUAL);
        assertEquals(3, audit.count(), "an entry appended after counting is counted");
        assertEquals(3, new AuditFile(audit.file()).count(), "a new process counts the same");
    }

    @Test
    void aChangeThatCannotBeAuditedIsNotMade() throws IOException {
        Files.writeString(tmp.resolve("blocker"), "a file where the audit folder should be");
        Reloader blocked = new Reloader(
                dir,
                new KnowledgeLoader(Fixtures.CLOCK),
                live,
                new AuditFile(tmp.resolve("blocker/audit.jsonl")),
                Fixtures.CLOCK);
        Knowledge before = live.get();
        edit("summary: \"Make models fast.\"", "summary: \"Faster.\"");
        ReloadOutcome o = blocked.reload(alice, Reloader.Trigger.MANUAL);
        assertEquals(ReloadOutcome.Result.FAILED, o.result());
        assertNotNull(o.auditError());
        assertTrue(live.get() == before);
        assertThrows(IOException.class, blocked::recordStartup, "start-up reports the unwritable log");
        ExpectedLogs.Event error = logs.events("cannot write the audit log").get(0);
        assertTrue(error.message().contains(tmp.resolve("blocker/audit.jsonl").toString()), error.message());
    }

    @Test
    void readingTheTailOfALongLogReadsOnlyTheEnd() throws IOException {
        for (int i = 0; i < 3000; i++) {
            audit.append(new AuditEntry(
                    "t" + i,
                    "reload",
                    "manual",
                    alice,
                    "a",
                    "b",
                    "ok",
                    "entry " + i,
                    List.of("x".repeat(50)),
                    List.of()));
        }
        List<AuditEntry> last = audit.recent(3);
        assertEquals(
                List.of("entry 2997", "entry 2998", "entry 2999"),
                last.stream().map(AuditEntry::summary).toList());
    }
}
