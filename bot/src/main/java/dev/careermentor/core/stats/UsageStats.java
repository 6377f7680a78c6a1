package dev.careermentor.core.stats;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.careermentor.core.io.DataFiles;
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
 * Daily usage counts kept in a JSON Lines file: each flush appends what changed since the last one,
 * and at start-up and at the first flush of a new day the file is compacted to one line per day.
 * Unmatched questions are kept as normalised text, at most {@link #MAX_UNMATCHED_PER_DAY} distinct per
 * day, and dropped after {@link #UNMATCHED_DAYS} days; other counts after {@link #KEEP_DAYS} days.
 *
 * <p>Counting is lock-free (every answer counts something); only flushing and reading take the lock.
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

    private final Path file;
    private final Clock clock;
    private final ConcurrentSkipListMap<LocalDate, Counts> days = new ConcurrentSkipListMap<>();
    /** What the file already holds for each day since the last compaction; a flush appends the rest. */
    private final Map<LocalDate, Day> written = new HashMap<>();

    private @Nullable LocalDate compactedOn;

    public UsageStats(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
        load();
    }

    private synchronized void load() {
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) continue;
                    try {
                        Day d = JSON.readValue(line, Day.class);
                        days.computeIfAbsent(LocalDate.parse(d.day()), x -> new Counts())
                                .add(d);
                    } catch (IOException | RuntimeException e) {
                        log.warn("skipping an unreadable line in {}", file);
                    }
                }
            } catch (IOException e) {
                log.error("cannot read usage stats from {}: starting empty ({})", file, e.getMessage());
            }
        }
        try {
            compact();
        } catch (IOException e) {
            log.error("cannot compact usage stats in {}: {}", file, e.getMessage());
        }
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
     * Appends what changed since the last flush, one line per day that changed; compacts once a day.
     * Counts are marked written only once the write succeeded, so a failed flush loses nothing: the next
     * one writes them again.
     */
    public synchronized void flush() throws IOException {
        StringBuilder lines = new StringBuilder();
        Map<LocalDate, Day> nowWritten = new HashMap<>();
        for (var e : days.entrySet()) {
            Day now = e.getValue().snapshot(e.getKey());
            Day delta = minus(now, written.get(e.getKey()));
            if (delta != null) {
                lines.append(JSON.writeValueAsString(delta)).append('\n');
                nowWritten.put(e.getKey(), now);
            }
        }
        if (lines.length() > 0) {
            DataFiles.append(file, lines.toString(), false);
            written.putAll(nowWritten);
        }
        if (!LocalDate.now(clock).equals(compactedOn)) compact();
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

    /** One line per day, old unmatched text and very old days dropped; written atomically. */
    private void compact() throws IOException {
        LocalDate today = LocalDate.now(clock);
        days.headMap(today.minusDays(KEEP_DAYS)).clear();
        for (Counts c : days.headMap(today.minusDays(UNMATCHED_DAYS)).values()) c.unmatched.clear();
        if (!Files.exists(file) && days.isEmpty()) {
            compactedOn = today;
            written.clear();
            return;
        }
        StringBuilder sb = new StringBuilder();
        Map<LocalDate, Day> nowWritten = new HashMap<>();
        for (var e : days.entrySet()) {
            Day d = e.getValue().snapshot(e.getKey());
            if (minus(d, null) != null) sb.append(JSON.writeValueAsString(d)).append('\n');
            nowWritten.put(e.getKey(), d);
        }
        DataFiles.replace(file, sb.toString());
        // Only now does the file hold exactly these counts; a failed compaction is tried again next flush.
        written.clear();
        written.putAll(nowWritten);
        compactedOn = today;
    }

    /** Everything counted over the last {@code n} days, today included. */
    public synchronized Day summary(int n) {
        LocalDate today = LocalDate.now(clock);
        Counts total = new Counts();
        for (var e : days.tailMap(today.minusDays(n - 1L), true).entrySet()) {
            Day d = e.getValue().snapshot(e.getKey());
            boolean unmatchedExpired = e.getKey().isBefore(today.minusDays(UNMATCHED_DAYS - 1L));
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

    public Path file() {
        return file;
    }
}
