package dev.careermentor.core.knowledge;

import dev.careermentor.core.knowledge.model.Entry;
import dev.careermentor.core.text.Names;
import dev.careermentor.core.text.Similarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds entries by id, display name or alias, ignoring case and punctuation. A name that matches
 * nothing exactly gets the closest names back, so replies can ask "did you mean ...?".
 */
public final class NameIndex<E extends Entry> {

    /** An exact hit, or the closest candidates (possibly none) when there is no exact hit. */
    public record Resolution<E>(@Nullable E entry, List<E> suggestions) {
        public boolean found() {
            return entry != null;
        }
    }

    /** One autocomplete choice: what to show and the id to send back. */
    public record Suggestion(String label, String id) {}

    private final List<E> entries;
    private final Map<String, E> byKey = new HashMap<>();
    /** Every normalised name in file order, with its entry, for prefix and fuzzy search. */
    private final List<Map.Entry<String, E>> keys = new ArrayList<>();

    public NameIndex(List<E> entries) {
        this.entries = List.copyOf(entries);
        for (E e : entries) {
            List<String> names = new ArrayList<>();
            names.add(e.id());
            names.add(e.name());
            names.addAll(e.aliases());
            for (String name : names) {
                String key = Names.normalize(name);
                if (key.isEmpty()) continue;
                if (byKey.putIfAbsent(key, e) == null) keys.add(Map.entry(key, e));
            }
        }
    }

    public List<E> all() {
        return entries;
    }

    /** The entry with this id; for ids the validator has checked (a reference, a quiz weight). */
    public E require(String id) {
        E e = byId(id);
        if (e == null) throw new IllegalArgumentException("no entry with id '" + id + "'");
        return e;
    }

    public @Nullable E byId(String id) {
        for (E e : entries) {
            if (e.id().equals(id)) return e;
        }
        return null;
    }

    /** The entry named exactly (case, accents and punctuation aside), or null; no near-miss search. */
    public @Nullable E exact(String input) {
        return byKey.get(Names.normalize(input));
    }

    public Resolution<E> resolve(String input) {
        String key = Names.normalize(input);
        E hit = byKey.get(key);
        if (hit != null) return new Resolution<>(hit, List.of());
        return new Resolution<>(null, closest(key, 3));
    }

    /** Entries whose names start with, contain, or nearly match the input, best first, distinct. */
    public List<E> closest(String normalizedInput, int max) {
        if (normalizedInput.isEmpty()) return List.of();
        Set<E> out = new LinkedHashSet<>();
        for (Map.Entry<String, E> k : keys) {
            if (k.getKey().startsWith(normalizedInput) || wordStarts(k.getKey(), normalizedInput)) {
                out.add(k.getValue());
            }
        }
        for (Map.Entry<String, E> k : keys) {
            if (k.getKey().contains(normalizedInput) && normalizedInput.length() >= 3) out.add(k.getValue());
        }
        record Scored<T>(T entry, int distance, int order) {}
        List<Scored<E>> fuzzy = new ArrayList<>();
        int limit = Similarity.tolerance(normalizedInput.length());
        for (int i = 0; i < keys.size(); i++) {
            Map.Entry<String, E> k = keys.get(i);
            int d = Similarity.distance(normalizedInput, k.getKey(), limit);
            if (d <= limit) fuzzy.add(new Scored<>(k.getValue(), d, i));
        }
        fuzzy.sort(Comparator.<Scored<E>>comparingInt(Scored::distance).thenComparingInt(Scored::order));
        for (Scored<E> s : fuzzy) out.add(s.entry());
        return out.stream().limit(max).toList();
    }

    private static boolean wordStarts(String key, String prefix) {
        return key.contains(" " + prefix);
    }

    /**
     * Up to {@code max} choices for what a user has typed so far: all entries for an empty prefix,
     * else prefix and word-prefix matches, then near misses.
     */
    public List<Suggestion> autocomplete(String typed, int max) {
        String key = Names.normalize(typed);
        List<E> hits = key.isEmpty() ? entries : closest(key, max);
        Map<String, Suggestion> out = new LinkedHashMap<>();
        for (E e : hits) {
            out.putIfAbsent(e.id(), new Suggestion(e.name(), e.id()));
            if (out.size() == max) break;
        }
        return List.copyOf(out.values());
    }
}
