package dev.careermentor.core.stats;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.careermentor.core.text.Names;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daily usage counts kept in a JSON Lines file: each flush appends what changed since the last one,
 * and at start-up and at the first flush of a new day the file is compacted to one line per day.
 * Unmatched questions are kept as normalised text, at most {@link #MAX_UNMATCHED_PER_DAY} distinct per
 * day, and dropped after {@link #UNMATCHED_DAYS} days; other counts after {@link #KEEP_DAYS} days.
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
    public record Day(String day, Map<String, Long> commands, Map<String, Long> specializations,
            Map<String, Long> comparisons, long quizCompletions, Map<String, Long> recommended,
            Map<String, Long> unmatched) {}

    private static final class Counts {
        final Map<String, Long> commands = new TreeMap<>();
        final Map<String, Long> specializations = new TreeMap<>();
        final Map<String, Long> comparisons = new TreeMap<>();
        long quizCompletions;
        final Map<String, Long> recommended = new TreeMap<>();
        final Map<String, Long> unmatched = new TreeMap<>();

        boolean isEmpty() {
            return commands.isEmpty() && specializations.isEmpty() && comparisons.isEmpty() && quizCompletions == 0
                    && recommended.isEmpty() && unmatched.isEmpty();
        }

        void add(Day d) {
            merge(commands, d.commands());
            merge(specializations, d.specializations());
            merge(comparisons, d.comparisons());
            quizCompletions += d.quizCompletions();
            merge(recommended, d.recommended());
            merge(unmatched, d.unmatched());
        }

        Day toDay(LocalDate day) {
            return new Day(day.toString(), new TreeMap<>(commands), new TreeMap<>(specializations),
                    new TreeMap<>(comparisons), quizCompletions, new TreeMap<>(recommended), new TreeMap<>(unmatched));
        }

        private static void merge(Map<String, Long> into, Map<String, Long> from) {
            if (from != null) from.forEach((k, v) -> into.merge(k, v, Long::sum));
        }
    }

    private final Path file;
    private final Clock clock;
    private final TreeMap<LocalDate, Counts> days = new TreeMap<>();
    private Counts pending = new Counts();
    private LocalDate pendingDay;
    private LocalDate compactedOn;

    public UsageStats(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
        load();
    }

    private void load() {
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) continue;
                    try {
                        Day d = JSON.readValue(line, Day.class);
                        days.computeIfAbsent(LocalDate.parse(d.day()), x -> new Counts()).add(d);
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

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Counts for today, in memory and in the pending delta that the next flush writes. */
    private void bump(java.util.function.Function<Counts, Map<String, Long>> which, String key, boolean capped) {
        LocalDate today = today();
        if (pendingDay != null && !pendingDay.equals(today)) flushQuietly();
        pendingDay = today;
        Map<String, Long> total = which.apply(days.computeIfAbsent(today, d -> new Counts()));
        if (capped && !total.containsKey(key) && total.size() >= MAX_UNMATCHED_PER_DAY) return;
        total.merge(key, 1L, Long::sum);
        which.apply(pending).merge(key, 1L, Long::sum);
    }

    @Override
    public synchronized void command(String name) {
        bump(c -> c.commands, name, false);
    }

    @Override
    public synchronized void specialization(String id) {
        bump(c -> c.specializations, id, false);
    }

    @Override
    public synchronized void comparison(String first, String second) {
        String a = first.compareTo(second) <= 0 ? first : second;
        String b = a.equals(first) ? second : first;
        bump(c -> c.comparisons, a + " vs " + b, false);
    }

    @Override
    public synchronized void quizCompleted(String recommended) {
        bump(c -> c.recommended, recommended, false);
        days.get(today()).quizCompletions++;
        pending.quizCompletions++;
    }

    @Override
    public synchronized void unmatched(String text) {
        String norm = Names.normalize(text);
        if (norm.isEmpty()) return;
        if (norm.length() > MAX_TEXT) norm = norm.substring(0, MAX_TEXT).strip();
        bump(c -> c.unmatched, norm, true);
    }

    /** Appends what changed since the last flush; compacts once a day. */
    public synchronized void flush() throws IOException {
        LocalDate today = today();
        if (!pending.isEmpty() && pendingDay != null) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file, JSON.writeValueAsString(pending.toDay(pendingDay)) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            pending = new Counts();
        }
        if (!today.equals(compactedOn)) compact();
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (IOException e) {
            log.error("cannot write usage stats to {}: {}", file, e.getMessage());
        }
    }

    /** One line per day, old unmatched text and very old days dropped; written atomically. */
    private void compact() throws IOException {
        LocalDate today = today();
        days.headMap(today.minusDays(KEEP_DAYS)).clear();
        for (var e : days.headMap(today.minusDays(UNMATCHED_DAYS)).values()) e.unmatched.clear();
        compactedOn = today;
        if (!Files.exists(file) && days.isEmpty()) return;
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        StringBuilder sb = new StringBuilder();
        for (var e : days.entrySet()) {
            // Called only with nothing pending (flush appends first), so memory equals what is on disk.
            if (!e.getValue().isEmpty()) sb.append(JSON.writeValueAsString(e.getValue().toDay(e.getKey()))).append('\n');
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Everything counted over the last {@code n} days, today included. */
    public synchronized Day summary(int n) {
        LocalDate today = today();
        Counts total = new Counts();
        for (var e : days.tailMap(today.minusDays(n - 1L), true).entrySet()) {
            Counts c = e.getValue();
            if (e.getKey().isBefore(today.minusDays(UNMATCHED_DAYS - 1L))) {
                Day d = c.toDay(e.getKey());
                total.add(new Day(d.day(), d.commands(), d.specializations(), d.comparisons(), d.quizCompletions(),
                        d.recommended(), Map.of()));
            } else {
                total.add(c.toDay(e.getKey()));
            }
        }
        return total.toDay(today);
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
