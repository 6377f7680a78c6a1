package dev.careermentor.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean ...?" over a set of candidate words: the closest few by edit distance. */
public final class Similarity {
    private Similarity() {}

    /**
     * The edit distance still counted as a near miss for a word of this length: short words allow one
     * typo, longer ones a few more, so "mlop" finds "mlops" but "ml" does not match everything.
     */
    public static int tolerance(int length) {
        if (length <= 3) return 1;
        if (length <= 6) return 2;
        if (length <= 12) return 3;
        return 4;
    }

    /** Edit distance, or {@code Integer.MAX_VALUE} when it is above {@code limit}. */
    public static int distance(String a, String b, int limit) {
        int d = new LevenshteinDistance(limit).apply(a, b);
        return d < 0 ? Integer.MAX_VALUE : d;
    }

    /** Up to {@code max} candidates within tolerance of {@code input}, closest first, ties in input order. */
    public static List<String> closest(String input, Collection<String> candidates, int max) {
        String needle = input.toLowerCase(Locale.ROOT);
        int limit = tolerance(needle.length());
        record Scored(String value, int distance, int order) {}
        List<Scored> scored = new ArrayList<>();
        int order = 0;
        Set<String> seen = new LinkedHashSet<>();
        for (String candidate : candidates) {
            if (!seen.add(candidate)) continue;
            int d = distance(needle, candidate.toLowerCase(Locale.ROOT), limit);
            if (d <= limit) scored.add(new Scored(candidate, d, order));
            order++;
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::order));
        return scored.stream().limit(max).map(Scored::value).toList();
    }

    /** "did you mean 'x'?" / "did you mean 'x' or 'y'?", or an empty string when nothing is close. */
    public static String didYouMean(String input, Collection<String> candidates) {
        List<String> close = closest(input, candidates, 3);
        if (close.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("did you mean ");
        for (int i = 0; i < close.size(); i++) {
            if (i > 0) sb.append(i == close.size() - 1 ? " or " : ", ");
            sb.append('\'').append(close.get(i)).append('\'');
        }
        return sb.append('?').toString();
    }
}
