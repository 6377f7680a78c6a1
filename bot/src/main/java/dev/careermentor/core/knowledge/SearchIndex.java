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
    public record Doc(String entryId, String entryName, String label, String text, String source,
            PartialDate asOf) {}

    public record Hit(Doc doc, double score) {}

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "is", "are", "was", "be", "do",
            "does", "i", "me", "my", "you", "your", "it", "its", "what", "which", "who", "how", "much",
            "many", "can", "should", "would", "with", "as", "at", "by", "from", "that", "this", "there",
            "about", "into", "than", "then", "so", "if", "get", "need", "want", "any", "some", "tell",
            "we", "us", "our", "they", "them", "their", "have", "has", "will", "not", "no", "yes",
            "engineer", "engineers", "good", "like", "really", "know");

    /** Weight of each query word that names a document's entry ("mlops", "serving"). */
    private static final double NAME_BONUS = 3.0;
    /** Weight of each query word found in a document's label ("Pay", "Skills", a section heading). */
    private static final double LABEL_BONUS = 2.0;

    /** Words people use for money all mean the same thing here. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("salary", "pay"), Map.entry("earn", "pay"), Map.entry("paid", "pay"),
            Map.entry("wage", "pay"), Map.entry("compensation", "pay"), Map.entry("comp", "pay"),
            Map.entry("income", "pay"), Map.entry("money", "pay"), Map.entry("cert", "certification"),
            Map.entry("certificate", "certification"), Map.entry("job", "role"), Map.entry("hire", "hiring"));

    private final List<Doc> docs;
    private final List<Map<String, Integer>> termFreqs = new ArrayList<>();
    private final List<Set<String>> nameTerms = new ArrayList<>();
    private final List<Set<String>> labelTerms = new ArrayList<>();
    private final int[] lengths;
    private final Map<String, Integer> docFreq = new HashMap<>();
    private final double avgLength;

    /**
     * @param names the names and aliases of each entry by id; a query word that names an entry lifts
     *     all of that entry's documents, and the words of each document decide among them
     */
    public SearchIndex(List<Doc> docs, Map<String, String> names) {
        this.docs = List.copyOf(docs);
        this.lengths = new int[docs.size()];
        long total = 0;
        Map<String, Set<String>> namesByEntry = new HashMap<>();
        names.forEach((id, text) -> namesByEntry.put(id, Set.copyOf(terms(text))));
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            List<String> terms = terms(d.label() + " " + d.text());
            Map<String, Integer> tf = new HashMap<>();
            for (String t : terms) tf.merge(t, 1, Integer::sum);
            termFreqs.add(tf);
            nameTerms.add(namesByEntry.getOrDefault(d.entryId(), Set.of()));
            labelTerms.add(Set.copyOf(terms(d.label())));
            lengths[i] = terms.size();
            total += terms.size();
            for (String t : tf.keySet()) docFreq.merge(t, 1, Integer::sum);
        }
        this.avgLength = docs.isEmpty() ? 1 : (double) total / docs.size();
    }

    public int size() {
        return docs.size();
    }

    /** The best hits, at most {@code perEntry} from one entry so one long topic cannot crowd out the rest. */
    public List<Hit> search(String query, int max, int perEntry) {
        List<String> q = terms(query).stream().distinct().toList();
        if (q.isEmpty()) return List.of();
        List<Hit> hits = new ArrayList<>();
        int n = docs.size();
        for (int i = 0; i < n; i++) {
            Map<String, Integer> tf = termFreqs.get(i);
            Set<String> named = nameTerms.get(i);
            Set<String> label = labelTerms.get(i);
            double text = 0;
            int nameHits = 0;
            for (String term : q) {
                if (named.contains(term)) nameHits++;
                if (label.contains(term)) text += LABEL_BONUS;
                Integer f = tf.get(term);
                if (f == null) continue;
                int df = docFreq.get(term);
                double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                text += idf * (f * (K1 + 1)) / (f + K1 * (1 - B + B * lengths[i] / avgLength));
            }
            if (text > 0 || nameHits > 0) hits.add(new Hit(docs.get(i), text + NAME_BONUS * nameHits));
        }
        hits.sort((a, b) -> Double.compare(b.score(), a.score()));
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
