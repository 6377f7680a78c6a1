package dev.careermentor.core.knowledge;

import dev.careermentor.core.knowledge.model.PartialDate;
import dev.careermentor.core.text.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Free-text search over every fact in the knowledge, ranked with BM25. Each fact is a small document
 * that remembers its entry, its field, its source and its as-of date, so every hit can be cited.
 */
public final class SearchIndex {

    /** One searchable fact. */
    public record Doc(String entryId, String entryName, String label, String text, String source, PartialDate asOf) {}

    public record Hit(Doc doc, double score) {}

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final Set<String> STOP = Set.of(
            "a",
            "an",
            "the",
            "and",
            "or",
            "of",
            "to",
            "in",
            "on",
            "for",
            "is",
            "are",
            "was",
            "be",
            "do",
            "does",
            "i",
            "me",
            "my",
            "you",
            "your",
            "it",
            "its",
            "what",
            "which",
            "who",
            "how",
            "much",
            "many",
            "can",
            "should",
            "would",
            "with",
            "as",
            "at",
            "by",
            "from",
            "that",
            "this",
            "there",
            "about",
            "into",
            "than",
            "then",
            "so",
            "if",
            "get",
            "need",
            "want",
            "any",
            "some",
            "tell",
            "we",
            "us",
            "our",
            "they",
            "them",
            "their",
            "have",
            "has",
            "will",
            "not",
            "no",
            "yes",
            "engineer",
            "engineers",
            "good",
            "like",
            "really",
            "know");

    /** Weight of each query word that names a document's entry ("mlops", "serving"). */
    private static final double NAME_BONUS = 3.0;
    /** Weight of each query word found in a document's label ("Pay", "Skills", a section heading). */
    private static final double LABEL_BONUS = 2.0;

    /** Words people use for money all mean the same thing here. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("salary", "pay"),
            Map.entry("earn", "pay"),
            Map.entry("paid", "pay"),
            Map.entry("wage", "pay"),
            Map.entry("compensation", "pay"),
            Map.entry("comp", "pay"),
            Map.entry("income", "pay"),
            Map.entry("money", "pay"),
            Map.entry("cert", "certification"),
            Map.entry("certificate", "certification"),
            Map.entry("job", "role"),
            Map.entry("hire", "hiring"));

    private final List<Doc> docs;
    private final int[] lengths;
    private final double avgLength;
    /** term -> the documents holding it and how often: an inverted index, so a query touches only its hits. */
    private final Map<String, Posting> postings = new HashMap<>();

    private final Map<String, int[]> inLabel = new HashMap<>();
    private final Map<String, int[]> inEntryName = new HashMap<>();

    private record Posting(int[] docs, int[] counts) {}

    /**
     * @param names the names and aliases of each entry by id; a query word that names an entry lifts
     *     all of that entry's documents, and the words of each document decide among them
     */
    public SearchIndex(List<Doc> docs, Map<String, String> names) {
        this.docs = List.copyOf(docs);
        this.lengths = new int[docs.size()];
        Map<String, List<int[]>> postingLists = new HashMap<>();
        Map<String, List<Integer>> labelLists = new HashMap<>();
        Map<String, List<Integer>> entryDocs = new HashMap<>();
        long total = 0;
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            List<String> terms = terms(d.label() + " " + d.text());
            Map<String, Integer> tf = new HashMap<>();
            for (String t : terms) tf.merge(t, 1, Integer::sum);
            for (var e : tf.entrySet()) {
                postingLists.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {i, e.getValue()});
            }
            for (String t : Set.copyOf(terms(d.label())))
                labelLists.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            entryDocs.computeIfAbsent(d.entryId(), k -> new ArrayList<>()).add(i);
            lengths[i] = terms.size();
            total += terms.size();
        }
        this.avgLength = docs.isEmpty() ? 1 : (double) total / docs.size();
        postingLists.forEach((term, list) -> postings.put(
                term,
                new Posting(
                        list.stream().mapToInt(p -> p[0]).toArray(),
                        list.stream().mapToInt(p -> p[1]).toArray())));
        labelLists.forEach((term, list) ->
                inLabel.put(term, list.stream().mapToInt(Integer::intValue).toArray()));
        Map<String, Set<Integer>> named = new HashMap<>();
        names.forEach((entryId, text) -> {
            List<Integer> ids = entryDocs.getOrDefault(entryId, List.of());
            for (String t : terms(text))
                named.computeIfAbsent(t, k -> new java.util.TreeSet<>()).addAll(ids);
        });
        named.forEach((term, ids) ->
                inEntryName.put(term, ids.stream().mapToInt(Integer::intValue).toArray()));
    }

    public int size() {
        return docs.size();
    }

    /** The best hits, at most {@code perEntry} from one entry so one long topic cannot crowd out the rest. */
    public List<Hit> search(String query, int max, int perEntry) {
        List<String> q = terms(query).stream().distinct().toList();
        if (q.isEmpty()) return List.of();
        int n = docs.size();
        double[] scores = new double[n];
        for (String term : q) {
            Posting p = postings.get(term);
            if (p != null) {
                double idf = Math.log(1 + (n - p.docs().length + 0.5) / (p.docs().length + 0.5));
                for (int j = 0; j < p.docs().length; j++) {
                    int doc = p.docs()[j];
                    int f = p.counts()[j];
                    scores[doc] += idf * (f * (K1 + 1)) / (f + K1 * (1 - B + B * lengths[doc] / avgLength));
                }
            }
            for (int doc : inLabel.getOrDefault(term, NONE)) scores[doc] += LABEL_BONUS;
            for (int doc : inEntryName.getOrDefault(term, NONE)) scores[doc] += NAME_BONUS;
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (scores[i] > 0) hits.add(new Hit(docs.get(i), scores[i]));
        }
        hits.sort((a, b) -> Double.compare(b.score(), a.score())); // stable: ties keep document order
        Map<String, Integer> taken = new LinkedHashMap<>();
        List<Hit> out = new ArrayList<>();
        for (Hit h : hits) {
            int count = taken.merge(h.doc().entryId(), 1, Integer::sum);
            if (count > perEntry) continue;
            out.add(h);
            if (out.size() == max) break;
        }
        return out;
    }

    private static final int[] NONE = new int[0];

    /** Normalised, stop-word-free, lightly stemmed words. */
    public static List<String> terms(String text) {
        String norm = Names.normalize(text);
        if (norm.isEmpty()) return List.of();
        return Arrays.stream(norm.split(" "))
                .filter(w -> !STOP.contains(w))
                .map(SearchIndex::stem)
                .map(w -> SYNONYMS.getOrDefault(w, w))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** Folds plurals and a few common endings so "salaries" finds "salary" and "engineers" "engineer". */
    public static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 5 && w.endsWith("ing")) return w.substring(0, w.length() - 3);
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
