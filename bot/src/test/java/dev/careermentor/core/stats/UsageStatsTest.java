package dev.careermentor.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fixtures;
import dev.careermentor.MovableClock;
import dev.careermentor.TestBot;
import dev.careermentor.app.MentorApp;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.reply.PlainText;
import dev.careermentor.store.Database;
import dev.careermentor.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage aggregates: counted through the real Mentor, kept in the database across restarts and copies, bounded, and anonymous. */
class UsageStatsTest {
    @TempDir
    Path tmp;

    private MentorApp app(Clock clock) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        if (!Files.exists(dir.resolve("knowledge.yaml")))
            Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
        return MentorApp.builder(new KnowledgeLoader(Fixtures.CLOCK).load(dir).knowledge())
                .clock(clock)
                .moderation(dir, tmp.resolve("data"), null)
                .build();
    }

    @Test
    void commandsTopicsQuizzesAndUnansweredQuestionsAreCountedAndSurviveARestart() throws Exception {
        MovableClock clock = MovableClock.at(Instant.parse("2026-11-23T12:00:00Z"));
        User alice = new User(Surface.SLACK, "T1", "U0ALICE");
        User bob = new User(Surface.DISCORD, "G1", "4242424242");
        try (MentorApp app = app(clock)) {
            app.mentor().handleText(alice, "specialization serving");
            app.mentor().handleText(bob, "salary serving senior");
            app.mentor().handleText(alice, "compare applied serving");
            app.mentor().handleText(alice, "specialization astrologer");
            app.mentor().handleText(bob, "ask quantum basket weaving");
            var q = app.mentor().handleText(bob, "quiz");
            for (int i = 0; i < 4; i++) q = app.mentor().handleComponent(bob, TestBot.choice(q, 1));
        }
        try (MentorApp restarted = app(clock)) {
            UsageStats.Day d = restarted.stats().orElseThrow().summary(7);
            assertEquals(
                    Map.of("specialization", 2L, "salary", 1L, "compare", 1L, "ask", 1L, "quiz", 1L), d.commands());
            assertEquals(3L, d.specializations().get("inference-serving"));
            assertEquals(1L, d.specializations().get("applied-llm"));
            assertEquals(Map.of("applied-llm vs inference-serving", 1L), d.comparisons());
            assertEquals(1, d.quizCompletions());
            assertEquals(Map.of("inference-serving", 1L), d.recommended());
            assertEquals(Map.of("astrologer", 1L, "quantum basket weaving", 1L), d.unmatched());
            String report = PlainText.render(restarted.mentor().handleAdmin(alice, "a", true, "stats 7"));
            assertTrue(report.contains("Inference / serving engineer: 3"), report);
            assertTrue(report.contains("astrologer: 1"), report);
            assertTrue(report.contains("Inference / serving engineer: 1 (100%)"), report);
        }
        String stored = dump(tmp.resolve("data"));
        assertTrue(stored.contains("inference-serving"), stored);
        for (String personal : new String[] {"U0ALICE", "4242424242", "T1", "G1", "alice", "bob"}) {
            assertFalse(stored.contains(personal), "the usage counts must not hold " + personal + ": " + stored);
        }
    }

    /** Every row of the usage counts in the embedded database of {@code dataDir}, as text. */
    private static String dump(Path dataDir) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Database db = Database.embedded(dataDir);
                Connection c = db.dataSource().getConnection();
                ResultSet r = c.createStatement().executeQuery("SELECT usage_day, kind, name, n FROM usage_counts")) {
            while (r.next()) {
                for (int i = 1; i <= 4; i++) out.append(r.getString(i)).append(i < 4 ? " " : "\n");
            }
        }
        return out.toString();
    }

    /** Usage counts kept in a fresh in-memory database, on {@code clock}. */
    private final java.util.List<Store> stores = new java.util.ArrayList<>();

    private Store store(Clock clock) {
        Store s = Store.open(Database.memory(), clock);
        stores.add(s);
        return s;
    }

    @org.junit.jupiter.api.AfterEach
    void closeStores() {
        stores.forEach(Store::close);
    }

    @Test
    void countsAreAddedPerDayAndOldUnmatchedTextIsDropped() throws Exception {
        MovableClock clock = MovableClock.at(Instant.parse("2026-11-23T12:00:00Z"));
        Store store = store(clock);
        UsageStats s = new UsageStats(store.usage(), clock);
        s.unmatched("Kubernetes certification?");
        s.command("salary");
        s.flush();
        s.command("salary");
        s.flush();
        clock.plusDays(1);
        s.command("quiz");
        s.flush();
        UsageStats reread = new UsageStats(store.usage(), clock); // another copy, or a restart
        assertEquals(2L, reread.summary(2).commands().get("salary"));
        assertEquals(1L, reread.summary(1).commands().get("quiz"));
        assertEquals(Map.of("kubernetes certification", 1L), reread.summary(2).unmatched(), "stored normalised");

        clock.plusDays(UsageStats.UNMATCHED_DAYS + 1);
        UsageStats later = new UsageStats(store.usage(), clock);
        assertTrue(later.summary(UsageStats.UNMATCHED_DAYS).unmatched().isEmpty());
        later.command("help");
        later.flush(); // the first flush of a day prunes
        assertTrue(
                store.usage().since(LocalDate.of(2000, 1, 1)).stream()
                        .allMatch(d -> d.unmatched().isEmpty()),
                "unmatched text is dropped from the database after 90 days");
        assertEquals(Map.of("help", 1L), later.summary(7).commands());
    }

    @Test
    void twoCopiesAddTheirCountsAndNeitherOverwritesTheOther() throws Exception {
        MovableClock clock = MovableClock.at(Instant.parse("2026-11-23T12:00:00Z"));
        Store store = store(clock);
        UsageStats a = new UsageStats(store.usage(), clock);
        UsageStats b = new UsageStats(store.usage(), clock);
        a.command("salary");
        b.command("salary");
        b.command("quiz");
        a.flush();
        b.flush();
        a.command("salary");
        a.flush();
        UsageStats.Day d = new UsageStats(store.usage(), clock).summary(1);
        assertEquals(Map.of("salary", 3L, "quiz", 1L), d.commands());
        assertEquals(Map.of("salary", 3L, "quiz", 1L), a.summary(1).commands(), "each copy sees every copy's");
    }

    @Test
    void aCutInsideASurrogatePairNeverPoisonsTheStore() throws Exception {
        Store store = store(MovableClock.at(Instant.parse("2026-11-23T12:00:00Z")));
        UsageStats s = new UsageStats(store.usage(), MovableClock.at(Instant.parse("2026-11-23T12:00:00Z")));
        s.command("salary");
        s.unmatched("a" + "\uD840\uDC00".repeat(60)); // the cut at 100 UTF-16 units falls inside a pair
        s.unmatched("lone \uD800 surrogate"); // an unpaired surrogate, as a forged JSON payload can carry
        s.flush();
        UsageStats reread = new UsageStats(store.usage(), MovableClock.at(Instant.parse("2026-11-23T12:00:00Z")));
        assertEquals(1L, reread.summary(1).commands().get("salary"), "the minute's counts were written");
        assertEquals(
                2,
                reread.summary(1).unmatched().size(),
                reread.summary(1).unmatched().toString());
        for (String k : reread.summary(1).unmatched().keySet()) {
            assertTrue(k.length() <= UsageStats.MAX_TEXT, k);
            assertTrue(k.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF), "well-formed: " + k);
        }
        assertTrue(
                reread.summary(1).unmatched().keySet().stream().anyMatch(k -> k.startsWith("lone")),
                reread.summary(1).unmatched().toString());
    }

    /** The real store, made to refuse writes while {@code down} is set: the database away for a moment. */
    private static UsageStats.Store failing(UsageStats.Store real, AtomicBoolean down) {
        return new UsageStats.Store() {
            @Override
            public void add(java.util.List<UsageStats.Day> deltas) throws IOException {
                if (down.get()) throw new IOException("the database is unreachable");
                real.add(deltas);
            }

            @Override
            public java.util.List<UsageStats.Day> since(LocalDate from) throws IOException {
                return real.since(from);
            }

            @Override
            public void prune(LocalDate keepFrom, LocalDate unmatchedFrom) throws IOException {
                real.prune(keepFrom, unmatchedFrom);
            }

            @Override
            public String where() {
                return real.where();
            }
        };
    }

    @Test
    void aFailedWriteLosesNothingAndTheNextFlushWritesIt() throws Exception {
        Store store = store(MovableClock.at(Instant.parse("2026-11-23T12:00:00Z")));
        AtomicBoolean down = new AtomicBoolean(true);
        UsageStats s =
                new UsageStats(failing(store.usage(), down), MovableClock.at(Instant.parse("2026-11-23T12:00:00Z")));
        s.command("salary");
        s.quizCompleted("mlops");
        assertThrows(IOException.class, s::flush);
        down.set(false);
        s.command("salary");
        s.flush();
        UsageStats reread = new UsageStats(store.usage(), MovableClock.at(Instant.parse("2026-11-23T12:00:00Z")));
        assertEquals(2L, reread.summary(1).commands().get("salary"), "the first count was not marked written");
        assertEquals(1, reread.summary(1).quizCompletions());
        s.flush();
        assertEquals(
                2L,
                new UsageStats(store.usage(), MovableClock.at(Instant.parse("2026-11-23T12:00:00Z")))
                        .summary(1)
                        .commands()
                        .get("salary"),
                "once only");
    }

    @Test
    void unmatchedTextIsCappedPerDay() throws Exception {
        UsageStats s = new UsageStats(
                store(MovableClock.at(Instant.parse("2026-11-23T12:00:00Z"))).usage(),
                MovableClock.at(Instant.parse("2026-11-23T12:00:00Z")));
        for (int i = 0; i < UsageStats.MAX_UNMATCHED_PER_DAY + 50; i++) s.unmatched("question number " + i);
        s.unmatched("x".repeat(500));
        assertEquals(UsageStats.MAX_UNMATCHED_PER_DAY, s.summary(1).unmatched().size());
        assertTrue(s.summary(1).unmatched().keySet().stream().allMatch(k -> k.length() <= 100));
    }
}
