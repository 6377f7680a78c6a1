package dev.careermentor.core.stats;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.careermentor.core.text.Names;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daily usage counts. Counting is in memory and lock-free (every answer counts something); once a
 * minute {@link #flush()} adds what changed since the last flush to the {@link Store} (the database), so
 * every copy of the bot adds its own counts and none overwrites another's. Unmatched questions are kept
 * as normalised text, at most {@link #MAX_UNMATCHED_PER_DAY} distinct per day and process, and dropped
 * after {@link #UNMATCHED_DAYS} days; other counts after {@link #KEEP_DAYS} days.
 */
public final class UsageStats implements UsageRecorder {
    private static final Logger log = LoggerFactory.getLogger(UsageStats.class);

    public static final int UNMATCHED_DAYS = 90;
    public static final int KEEP_DAYS = 400;
    public static final int MAX_UNMATCHED_PER_DAY = 500;
    static final int MAX_TEXT = 100;

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Where counts are kept: adding is the only write, so copies of the bot never undo each other. */
    public interface Store {
        /** Adds each day's counts to what is kept for that day, all or nothing. */
        void add(List<Day> deltas) throws IOException;

        /** What is kept for each day from {@code from} on, oldest first. */
        List<Day> since(LocalDate from) throws IOException;

        /** Drops counts of days before {@code keepFrom}, and unmatched text of days before {@code unmatchedFrom}. */
        void prune(LocalDate keepFrom, LocalDate unmatchedFrom) throws IOException;

        /** Where, for people. */
        String where();
    }

    /** One day's counts, as stored: a line of the file, or the merge of several. */
    public record Day(
            String day,
            Map<String, Long> commands,
            Map<String, Long> specializations,
            Map<String, Long> comparisons,
            long quizCompletions,
            Map<String, Long> recommended,
            Map<String, Long> unmatched) {}

    /** One day's live counters. */
    private static final class Counts {
        final Map<String, LongAdder> commands = new ConcurrentHashMap<>();
        final Map<String, LongAdder> specializations = new ConcurrentHashMap<>();
        final Map<String, LongAdder> comparisons = new ConcurrentHashMap<>();
        final LongAdder quizCompletions = new LongAdder();
        final Map<String, LongAdder> recommended = new ConcurrentHashMap<>();
        final Map<String, LongAdder> unmatched = new ConcurrentHashMap<>();

        void add(Day d) {
            merge(commands, d.commands());
            merge(specializations, d.specializations());
            merge(comparisons, d.comparisons());
            quizCompletions.add(d.quizCompletions());
            merge(recommended, d.recommended());
            merge(unmatched, d.unmatched());
        }

        Day snapshot(LocalDate day) {
            return new Day(
                    day.toString(),
                    freeze(commands),
                    freeze(specializations),
                    freeze(comparisons),
                    quizCompletions.sum(),
                    freeze(recommended),
                    freeze(unmatched));
        }

        private static void merge(Map<String, LongAdder> into, Map<String, Long> from) {
            if (from != null)
                from.forEach(
                        (k, v) -> into.computeIfAbsent(k, x -> new LongAdder()).add(v));
        }

        private static Map<String, Long> freeze(Map<String, LongAdder> m) {
            Map<String, Long> out = new TreeMap<>();
            m.forEach((k, v) -> {
                long n = v.sum();
                if (n != 0) out.put(k, n);
            });
            return out;
        }
    }

    private final Store store;
    private final Clock clock;
    /** What this process counted, per day, since it started (days fully flushed are dropped). */
    private final ConcurrentSkipListMap<LocalDate, Counts> days = new ConcurrentSkipListMap<>();
    /** The part of {@link #days} already added to the store. */
    private final Map<LocalDate, Day> written = new HashMap<>();

    private @Nullable LocalDate prunedOn;

    public UsageStats(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The days of a {@code stats.jsonl} file as versions before 1.1 wrote it, for a one-time import. */
    public static List<Day> readFile(Path file) throws IOException {
        List<Day> out = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (text.isBlank()) continue;
            try {
                Day d = JSON.readValue(text, Day.class);
                LocalDate.parse(d.day());
                out.add(new Day(
                        d.day(),
                        orEmpty(d.commands()),
                        orEmpty(d.specializations()),
                        orEmpty(d.comparisons()),
                        d.quizCompletions(),
                        orEmpty(d.recommended()),
                        orEmpty(d.unmatched())));
            } catch (IOException | RuntimeException e) {
                log.warn("skipping unreadable line {} of {}", line, file);
            }
        }
        return out;
    }

    private static Map<String, Long> orEmpty(@Nullable Map<String, Long> m) {
        return m == null ? Map.of() : m;
    }

    private Counts today() {
        return days.computeIfAbsent(LocalDate.now(clock), d -> new Counts());
    }

    private static void bump(Map<String, LongAdder> counters, String key) {
        counters.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    @Override
    public void command(String name) {
        bump(today().commands, name);
    }

    @Override
    public void specialization(String id) {
        bump(today().specializations, id);
    }

    @Override
    public void comparison(String first, String second) {
        String a = first.compareTo(second) <= 0 ? first : second;
        String b = a.equals(first) ? second : first;
        bump(today().comparisons, a + " vs " + b);
    }

    @Override
    public void quizCompleted(String recommended) {
        Counts c = today();
        bump(c.recommended, recommended);
        c.quizCompletions.increment();
    }

    @Override
    public void unmatched(String text) {
        String norm = Names.normalize(text);
        if (norm.isEmpty()) return;
        norm = cut(norm, MAX_TEXT);
        Map<String, LongAdder> unmatched = today().unmatched;
        if (!unmatched.containsKey(norm) && unmatched.size() >= MAX_UNMATCHED_PER_DAY) return; // a soft cap
        bump(unmatched, norm);
    }

    /**
     * At most {@code max} UTF-16 units of {@code text}, never ending inside a surrogate pair, with any
     * unpaired surrogate replaced by U+FFFD: the result always encodes as UTF-8.
     */
    static String cut(String text, int max) {
        int end = Math.min(text.length(), max);
        if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) end--;
        StringBuilder out = new StringBuilder(end);
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            out.appendCodePoint(Character.isSurrogate((char) cp) && cp <= 0xFFFF ? 0xFFFD : cp);
            i += Character.charCount(cp);
        }
        return out.toString().strip();
    }

    /**
     * Adds what was counted since the last flush to the store, one delta per day that changed, all in
     * one transaction. Counts are marked written only once the store took them, so a failed flush loses
     * nothing: the next one adds them. Old days are pruned once a day.
     */
    public synchronized void flush() throws IOException {
        List<Day> deltas = new ArrayList<>();
        Map<LocalDate, Day> nowWritten = new HashMap<>();
        for (var e : days.entrySet()) {
            Day now = e.getValue().snapshot(e.getKey());
            Day delta = minus(now, written.get(e.getKey()));
            if (delta != null) {
                deltas.add(delta);
                nowWritten.put(e.getKey(), now);
            }
        }
        if (!deltas.isEmpty()) {
            store.add(deltas);
            written.putAll(nowWritten);
        }
        // Days before yesterday get no more counts: once fully written, this process can forget them.
        LocalDate today = LocalDate.now(clock);
        for (var it = days.headMap(today.minusDays(1)).entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (minus(e.getValue().snapshot(e.getKey()), written.get(e.getKey())) == null) {
                it.remove();
                written.remove(e.getKey());
            }
        }
        if (!today.equals(prunedOn)) {
            store.prune(today.minusDays(KEEP_DAYS), today.minusDays(UNMATCHED_DAYS - 1L));
            prunedOn = today;
        }
    }

    /** {@code now - before}, or null when nothing changed. */
    private static @Nullable Day minus(Day now, @Nullable Day before) {
        if (before == null) before = new Day(now.day(), Map.of(), Map.of(), Map.of(), 0, Map.of(), Map.of());
        Map<String, Long> commands = diff(now.commands(), before.commands());
        Map<String, Long> specializations = diff(now.specializations(), before.specializations());
        Map<String, Long> comparisons = diff(now.comparisons(), before.comparisons());
        Map<String, Long> recommended = diff(now.recommended(), before.recommended());
        Map<String, Long> unmatched = diff(now.unmatched(), before.unmatched());
        long quizzes = now.quizCompletions() - before.quizCompletions();
        if (commands.isEmpty()
                && specializations.isEmpty()
                && comparisons.isEmpty()
                && recommended.isEmpty()
                && unmatched.isEmpty()
                && quizzes == 0) {
            return null;
        }
        return new Day(now.day(), commands, specializations, comparisons, quizzes, recommended, unmatched);
    }

    private static Map<String, Long> diff(Map<String, Long> now, Map<String, Long> before) {
        Map<String, Long> out = new TreeMap<>();
        now.forEach((k, v) -> {
            long d = v - before.getOrDefault(k, 0L);
            if (d != 0) out.put(k, d);
        });
        return out;
    }

    /**
     * Everything counted over the last {@code n} days, today included, by every copy of the bot: what the
     * store holds plus what this process has not flushed yet.
     */
    public synchronized Day summary(int n) throws IOException {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(n - 1L);
        LocalDate unmatchedFrom = today.minusDays(UNMATCHED_DAYS - 1L);
        Counts total = new Counts();
        List<Day> parts = new ArrayList<>(store.since(from));
        for (var e : days.tailMap(from, true).entrySet()) {
            Day unflushed = minus(e.getValue().snapshot(e.getKey()), written.get(e.getKey()));
            if (unflushed != null) parts.add(unflushed);
        }
        for (Day d : parts) {
            boolean unmatchedExpired = LocalDate.parse(d.day()).isBefore(unmatchedFrom);
            total.add(
                    unmatchedExpired
                            ? new Day(
                                    d.day(),
                                    d.commands(),
                                    d.specializations(),
                                    d.comparisons(),
                                    d.quizCompletions(),
                                    d.recommended(),
                                    Map.of())
                            : d);
        }
        return total.snapshot(today);
    }

    /** The top {@code max} keys by count, ties alphabetical. */
    public static List<Map.Entry<String, Long>> top(Map<String, Long> counts, int max) {
        List<Map.Entry<String, Long>> out = new ArrayList<>(counts.entrySet());
        out.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return out.subList(0, Math.min(max, out.size()));
    }

    /** Where the counts are kept, for people. */
    public String where() {
        return store.where();
    }
}
