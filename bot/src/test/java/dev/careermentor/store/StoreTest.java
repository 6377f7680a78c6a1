package dev.careermentor.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.MovableClock;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Languages;
import dev.careermentor.core.moderation.Actor;
import dev.careermentor.core.moderation.AuditEntry;
import dev.careermentor.core.moderation.AuditFile;
import dev.careermentor.core.moderation.Report;
import dev.careermentor.core.moderation.ReportFile;
import dev.careermentor.core.session.Cooldowns;
import dev.careermentor.core.session.RecentKeys;
import dev.careermentor.core.stats.UsageStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shared state on both databases it runs on: PostgreSQL (a real server, see {@link TestPostgres}) and
 * the embedded H2 file. "Two copies" are two stores with their own connection pools on one database, as
 * two bot processes have.
 */
class StoreTest {

    enum Backend {
        POSTGRESQL,
        EMBEDDED
    }

    @TempDir
    Path tmp;

    private final MovableClock clock = MovableClock.at(Instant.parse("2026-11-30T12:00:00Z"));
    private final List<Store> open = new ArrayList<>();
    private String url = "";

    @AfterEach
    void close() {
        open.forEach(Store::close);
    }

    /** A copy of the bot's store on the test's database; the first call makes the database. */
    private Store copy(Backend backend) {
        Database db;
        if (backend == Backend.POSTGRESQL) {
            if (url.isEmpty()) url = TestPostgres.newDatabase();
            db = Database.postgres(url, null, null, 8);
        } else {
            db = Database.embedded(tmp.resolve("data"));
        }
        Store s = Store.open(db, clock);
        open.add(s);
        return s;
    }

    private static AuditEntry entry(String summary) {
        return new AuditEntry(
                "2026-11-30T12:00:00Z",
                "reload",
                "manual",
                Actor.of(new User(Surface.SLACK, "T1", "U1"), "alice"),
                "aaaa",
                "bbbb",
                "ok",
                summary,
                List.of("+ one"),
                List.of());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theAuditLogKeepsEveryCopysEntriesInOrderAndExportsThemAsJsonLines(Backend backend) throws Exception {
        Store a = copy(backend);
        Store b = copy(backend);
        a.audit().append(entry("first"));
        b.audit().append(entry("second"));
        a.audit().append(entry("third"));
        assertEquals(3, b.audit().count());
        assertEquals(List.of("second", "third"), summaries(b.audit().recent(2)));
        assertEquals(List.of("first", "second", "third"), summaries(a.audit().recent(10)));

        Path out = tmp.resolve("export/audit.jsonl");
        assertEquals(3, b.exportAudit(out));
        assertEquals(3, Files.readAllLines(out).size());
        assertEquals(List.of("first", "second", "third"), summaries(new AuditFile(out).recent(10)));
        assertFalse(Files.exists(tmp.resolve("export/audit.jsonl.tmp")));
    }

    private static List<String> summaries(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::summary).toList();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void reportsAreSharedNewestFirstAndBounded(Backend backend) throws Exception {
        Store a = copy(backend);
        Store b = copy(backend);
        for (int i = 0; i < Store.REPORTS_KEPT + 5; i++) {
            (i % 2 == 0 ? a : b).reports().add(new Report("t" + i, "mlops", "MLOps", "2026", "slack"));
        }
        assertEquals(
                "t" + (Store.REPORTS_KEPT + 4), a.reports().latest(1).get(0).time());
        assertEquals(Store.REPORTS_KEPT, a.reports().size());
        a.housekeeping();
        assertEquals(Store.REPORTS_KEPT, b.reports().latest(Integer.MAX_VALUE).size());
        assertEquals(
                "t5",
                b.reports()
                        .latest(Store.REPORTS_KEPT)
                        .get(Store.REPORTS_KEPT - 1)
                        .time());
    }

    @ParameterizedTest // shared copies need the shared database; the embedded one keeps these in memory
    @EnumSource(value = Backend.class, names = "POSTGRESQL")
    void aKeyIsTakenOnceByOneCopyUntilItsWindowPasses(Backend backend) {
        RecentKeys a = copy(backend).keys().recent("slack-delivery", Duration.ofMinutes(30));
        RecentKeys b = copy(backend).keys().recent("slack-delivery", Duration.ofMinutes(30));
        RecentKeys otherUse = copy(backend).keys().recent("share", Duration.ofMinutes(30));
        assertTrue(a.firstTime("T1:trigger-1"));
        assertFalse(b.firstTime("T1:trigger-1"), "a retry reaching the other copy is a repeat");
        assertFalse(a.firstTime("T1:trigger-1"));
        assertTrue(otherUse.firstTime("T1:trigger-1"), "namespaces are apart");
        clock.advance(Duration.ofMinutes(29));
        assertFalse(b.firstTime("T1:trigger-1"));
        clock.advance(Duration.ofMinutes(2));
        assertTrue(b.firstTime("T1:trigger-1"), "after the window it is new again");
        assertFalse(a.firstTime("T1:trigger-1"));

        String longKey = "x".repeat(5_000);
        assertTrue(a.firstTime(longKey));
        assertFalse(b.firstTime(longKey), "long keys are kept by their hash");
        assertTrue(a.firstTime(longKey.substring(1) + "y"));
    }

    @ParameterizedTest // shared copies need the shared database; the embedded one keeps these in memory
    @EnumSource(value = Backend.class, names = "POSTGRESQL")
    void copiesRacingForTheSameKeysTakeEachExactlyOnce(Backend backend) throws Exception {
        List<RecentKeys> copies = List.of(
                copy(backend).keys().recent("share", Duration.ofMinutes(10)),
                copy(backend).keys().recent("share", Duration.ofMinutes(10)));
        int keys = 200;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                RecentKeys k = copies.get(t % 2);
                work.add(() -> {
                    int won = 0;
                    for (int i = 0; i < keys; i++) if (k.firstTime("C1:msg-" + i)) won++;
                    return won;
                });
            }
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(work, 60, TimeUnit.SECONDS)) total += f.get();
            assertEquals(keys, total, "each key is first exactly once across 8 threads on 2 copies");
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest // shared copies need the shared database; the embedded one keeps these in memory
    @EnumSource(value = Backend.class, names = "POSTGRESQL")
    void aUsersCooldownBudgetIsTheSameOnEveryCopy(Backend backend) {
        Cooldowns.Settings settings = new Cooldowns.Settings(
                new Cooldowns.Budget(4, Duration.ofSeconds(20)), new Cooldowns.Budget(30, Duration.ofSeconds(20)));
        Cooldowns a = copy(backend).cooldowns(settings);
        Cooldowns b = copy(backend).cooldowns(settings);
        User u = new User(Surface.SLACK, "T1", "U1");
        assertTrue(a.tryAcquire(u, Cooldowns.Kind.COMMAND).allowed());
        assertTrue(b.tryAcquire(u, Cooldowns.Kind.COMMAND).allowed());
        assertTrue(a.tryAcquire(u, Cooldowns.Kind.COMMAND).allowed());
        assertTrue(b.tryAcquire(u, Cooldowns.Kind.COMMAND).allowed());
        Cooldowns.Decision refused = a.tryAcquire(u, Cooldowns.Kind.COMMAND);
        assertFalse(refused.allowed(), "the fifth command within 20 s, whichever copy takes it");
        assertEquals(5, refused.retryAfterSeconds(), "one token back every 5 s at 4 per 20 s");
        assertFalse(b.tryAcquire(u, Cooldowns.Kind.COMMAND).allowed());
        assertTrue(b.tryAcquire(u, Cooldowns.Kind.CLICK).allowed(), "clicks have their own budget");
        assertTrue(
                b.tryAcquire(new User(Surface.SLACK, "T2", "U1"), Cooldowns.Kind.COMMAND)
                        .allowed(),
                "the same user id in another workspace is someone else");
        clock.advance(Duration.ofSeconds(5));
        assertTrue(b.tryAcquire(u, Cooldowns.Kind.COMMAND).allowed());
        assertFalse(a.tryAcquire(u, Cooldowns.Kind.COMMAND).allowed());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aLanguageChoiceMadeOnOneCopyHoldsOnTheOther(Backend backend) throws Exception {
        Languages a = new Languages(Lang.EN, copy(backend).languages());
        Languages b = new Languages(Lang.EN, copy(backend).languages());
        User u = new User(Surface.DISCORD, "G1", "42");
        assertEquals(Lang.ZH, b.of(u, Lang.ZH, "salary"), "no choice: the hint");
        a.choose(u, Lang.EN);
        assertEquals(Lang.EN, b.of(u, Lang.ZH, "salary"), "the choice beats the hint, on the other copy too");
        b.choose(u, Lang.ZH);
        assertEquals(Lang.ZH, a.of(u, null, "salary"));
        a.forget(u);
        assertTrue(b.chosen(u).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void usageCountsFromCopiesFlushingAtOnceAllArrive(Backend backend) throws Exception {
        List<UsageStats> copies = List.of(
                new UsageStats(copy(backend).usage(), clock),
                new UsageStats(copy(backend).usage(), clock));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (UsageStats s : copies) {
                work.add(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < 5; i++) s.command("salary");
                        s.specialization("mlops");
                        s.flush();
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(work, 60, TimeUnit.SECONDS)) f.get();
        } finally {
            pool.shutdownNow();
        }
        UsageStats.Day d = new UsageStats(copy(backend).usage(), clock).summary(1);
        assertEquals(Map.of("salary", 200L), d.commands());
        assertEquals(Map.of("mlops", 40L), d.specializations());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theFilesOfEarlierVersionsAreImportedOnceEvenByTwoCopiesAtOnce(Backend backend) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("old-data"));
        new AuditFile(data.resolve("audit.jsonl")).append(entry("from the file"));
        new AuditFile(data.resolve("audit.jsonl")).append(entry("also from the file"));
        new ReportFile(data.resolve("reports.jsonl"), 10).add(new Report("t1", "mlops", "MLOps", "2026", "slack"));
        Files.writeString(
                data.resolve("stats.jsonl"),
                "{\"day\":\"2026-11-29\",\"commands\":{\"salary\":3},\"quiz_completions\":1,"
                        + "\"recommended\":{\"mlops\":1}}\n"
                        + "{\"day\":\"2026-11-29\",\"commands\":{\"salary\":2}}\n"
                        + "not json\n");
        Files.writeString(data.resolve("languages.json"), "{\"DISCORD|G1|42\":\"zh\",\"SLACK|T|U\":\"klingon\"}");
        Store a = copy(backend);
        Store b = copy(backend);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> said = new ArrayList<>();
        try {
            List<Callable<List<String>>> both = List.of(
                    () -> a.importFiles(data, data.resolve("audit.jsonl")),
                    () -> b.importFiles(data, data.resolve("audit.jsonl")));
            for (Future<List<String>> f : pool.invokeAll(both)) {
                said.addAll(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(4, said.size(), "each file once: " + said);
        assertTrue(a.importFiles(data, data.resolve("audit.jsonl")).isEmpty(), "and never again");
        assertEquals(
                List.of("from the file", "also from the file"),
                summaries(b.audit().recent(10)));
        assertEquals(1, b.reports().size());
        UsageStats.Day d = new UsageStats(b.usage(), clock).summary(2);
        assertEquals(Map.of("salary", 5L), d.commands());
        assertEquals(1, d.quizCompletions());
        assertEquals(
                Lang.ZH, new Languages(Lang.EN, b.languages()).of(new User(Surface.DISCORD, "G1", "42"), null, "x"));
        assertTrue(Files.exists(data.resolve("audit.jsonl")), "the files are left in place");
    }

    @org.junit.jupiter.api.Test
    void withTheEmbeddedDatabaseRetryKeysAndBudgetsAreThisProcesssOwn() {
        Store one = copy(Backend.EMBEDDED);
        RecentKeys keys = one.keys().recent("slack-delivery", Duration.ofMinutes(30));
        assertTrue(keys.firstTime("T1:trigger-1"));
        assertFalse(keys.firstTime("T1:trigger-1"), "a retry is still a repeat");
        clock.advance(Duration.ofMinutes(31));
        assertTrue(keys.firstTime("T1:trigger-1"), "after the window it is new again");
        Cooldowns budget = one.cooldowns(new Cooldowns.Settings(
                new Cooldowns.Budget(2, Duration.ofSeconds(20)), new Cooldowns.Budget(30, Duration.ofSeconds(20))));
        User u = new User(Surface.SLACK, "T1", "U1");
        assertTrue(budget.tryAcquire(u, Cooldowns.Kind.COMMAND).allowed());
        assertTrue(budget.tryAcquire(u, Cooldowns.Kind.COMMAND).allowed());
        assertFalse(budget.tryAcquire(u, Cooldowns.Kind.COMMAND).allowed());
        clock.advance(Duration.ofSeconds(10));
        assertTrue(budget.tryAcquire(u, Cooldowns.Kind.COMMAND).allowed(), "refilled on the store's clock");
    }

    @org.junit.jupiter.api.Test
    void aSecondProcessOnTheSameDataFolderIsRefusedWithWhatToDo() throws Exception {
        Path data = tmp.resolve("shared-folder");
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.careermentor.Main");
        pb.environment()
                .keySet()
                .removeIf(k -> k.startsWith("MENTOR_") || k.startsWith("SLACK_") || k.startsWith("DISCORD_"));
        pb.environment().put("MENTOR_DATA_DIR", data.toString());
        pb.environment()
                .put(
                        "MENTOR_KNOWLEDGE_DIR",
                        Path.of("..", "knowledge").toAbsolutePath().toString());
        pb.environment().put("MENTOR_WATCH_KNOWLEDGE", "false");
        pb.redirectErrorStream(true);
        Process first = pb.start();
        try {
            first.getOutputStream().write("help\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            first.getOutputStream().flush();
            java.io.BufferedReader out = new java.io.BufferedReader(
                    new java.io.InputStreamReader(first.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.contains("== Career Mentor")) {
                // the first process answers once it holds its database
            }
            assertTrue(line != null, "the first process answered");
            DatabaseException e = assertThrows(DatabaseException.class, () -> Database.embedded(data));
            assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
            assertTrue(e.getMessage().contains("MENTOR_DATABASE_URL"), e.getMessage());
        } finally {
            first.getOutputStream().close();
            if (!first.waitFor(20, TimeUnit.SECONDS)) first.destroyForcibly();
        }
    }

    @org.junit.jupiter.api.Test
    void aDatabaseThatCannotBeReachedIsRefusedWithWhatToCheck() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort(); // nothing listens there once closed
        }
        String bad = "jdbc:postgresql://127.0.0.1:" + port + "/mentor?password=hunter2&connectTimeout=2";
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.postgres(bad, "u", "p", 2));
        assertTrue(e.getMessage().contains("MENTOR_DATABASE_URL"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), "no password in messages: " + e.getMessage());
    }
}
