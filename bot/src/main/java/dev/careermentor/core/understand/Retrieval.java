package dev.careermentor.core.understand;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Entry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Ranked search over every passage of every entry (a topic section, a specialization's skills, a path's
 * outlook...), made of sentences and list items. A passage is found by the words of its sentences (BM25,
 * the best sentence counting most), by its heading and keywords, and by the names of its entry; Chinese is
 * indexed as character pairs, so Chinese keywords and aliases find English text. The passage's best
 * sentence is the answer's lead, and the passage, whole, is its body.
 */
final class Retrieval {
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    /** A question word found in a passage's heading or keywords counts this much. */
    private static final double LABEL_WEIGHT = 2.0;
    /** A question word that names the passage's entry counts this much. */
    private static final double NAME_WEIGHT = 0.8;
    /** Sentences other than the best add this share of their score: a passage that answers more wins. */
    private static final double OTHERS = 0.2;

    /** Two question words found side by side ("task resistance") count this much more. */
    private static final double PAIR_WEIGHT = 1.0;

    /** One passage: its entry, the passage, what its heading, keywords and entry's names say, and its sentences. */
    record Unit(
            Entry entry,
            Entry.Passage passage,
            Set<String> labelTerms,
            Set<String> nameTerms,
            List<Doc> docs,
            Set<String> allTerms) {}

    /** One sentence or item of a passage, its terms and its pairs of neighbouring terms. */
    record Doc(String text, List<String> terms, Set<String> pairs) {
        static Doc of(String text) {
            List<String> t = Retrieval.terms(text);
            Set<String> pairs = new HashSet<>();
            for (int i = 0; i + 1 < t.size(); i++) pairs.add(t.get(i) + " " + t.get(i + 1));
            return new Doc(text, t, pairs);
        }
    }

    /**
     * A passage found, its score and its best sentence; and its score and best sentence among the passages
     * of its own entry (the same, unless the question names the entry).
     */
    record Hit(Unit unit, Doc doc, double score, double within, Doc withinDoc) {}

    private final List<Unit> units = new ArrayList<>();
    private final int docCount;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    Retrieval(Knowledge k) {
        long total = 0;
        int count = 0;
        for (Entry e : k.data().entries()) {
            Set<String> names = new HashSet<>(terms(e.name()));
            for (String a : e.aliases()) names.addAll(terms(a));
            names.addAll(terms(e.id()));
            for (Entry.Passage p : e.passages()) {
                Set<String> label = new HashSet<>(terms(p.label()));
                for (String kw : p.keywords()) label.addAll(terms(kw));
                List<String> parts = new ArrayList<>();
                if (p.text() != null) parts.addAll(sentences(p.text()));
                parts.addAll(p.items());
                List<Doc> docs = new ArrayList<>();
                Set<String> all = new HashSet<>(label);
                for (String part : parts) {
                    Doc doc = Doc.of(part);
                    List<String> t = doc.terms();
                    docs.add(doc);
                    all.addAll(t);
                    Set<String> distinct = new HashSet<>(t);
                    distinct.addAll(label);
                    distinct.addAll(names);
                    for (String term : distinct) documentFrequency.merge(term, 1, Integer::sum);
                    total += t.size();
                    count++;
                }
                if (!docs.isEmpty()) units.add(new Unit(e, p, label, names, List.copyOf(docs), all));
            }
        }
        this.docCount = count;
        averageLength = count == 0 ? 1 : (double) total / count;
    }

    /** Whether any passage is {@code allowed}. */
    boolean any(Predicate<Unit> allowed) {
        for (Unit u : units) {
            if (allowed.test(u)) return true;
        }
        return false;
    }

    /** How many passages answers can come from. */
    int size() {
        return units.size();
    }

    /** Search terms of a text: folded Latin words without stop words, and Chinese character pairs. */
    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (String w : Words.tokens(Words.prepare(text))) {
            if (Words.hasCjk(w)) {
                List<String> pairs = new ArrayList<>();
                Words.cjkTerms(w, pairs);
                for (String pair : pairs) {
                    if (!Words.STOP.contains(pair)) out.add(pair);
                }
            } else if (!Words.STOP.contains(w)) {
                out.add(Words.stem(w));
            }
        }
        return out;
    }

    double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
    }

    /**
     * The weight a question word carries in coverage: its idf, except a Chinese character pair found
     * nowhere in the knowledge, which most likely straddles two words and says nothing.
     */
    double weight(String term) {
        if (Words.hasCjk(term) && !documentFrequency.containsKey(term)) return 0;
        return idf(term);
    }

    /**
     * The best passages for the weighted question words among those {@code allowed}, best first; the
     * passages of {@code named} entries count {@code boost} times. Each hit also says how well it answers
     * among the passages of its own entry, when the question names that entry: there the name's words
     * count once in a sentence, so a sentence that only repeats the name does not beat the passage that
     * answers ({@link Hit#within}).
     */
    List<Hit> search(Map<String, Double> query, Predicate<Unit> allowed, Set<Entry> named, double boost, int max) {
        List<Hit> hits = new ArrayList<>();
        if (query.isEmpty()) return hits;
        Map<String, Double> pairsOfQuery = pairs(query);
        for (Unit u : units) {
            if (!allowed.test(u)) continue;
            Scored all = score(u, query, pairsOfQuery, Set.of());
            if (!named.contains(u.entry())) {
                if (all.score() > 0) hits.add(new Hit(u, all.doc(), all.score(), all.score(), all.doc()));
                continue;
            }
            Scored within = score(u, query, pairsOfQuery, u.nameTerms());
            if (all.score() > 0) {
                hits.add(new Hit(u, all.doc(), all.score() * boost, within.score() * boost, within.doc()));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return hits.size() > max ? new ArrayList<>(hits.subList(0, max)) : hits;
    }

    private record Scored(double score, Doc doc) {}

    /** A passage's score; a word of {@code once} counts once in a sentence however often it appears. */
    private Scored score(Unit u, Map<String, Double> query, Map<String, Double> pairs, Set<String> once) {
        double best = 0;
        double others = 0;
        Doc bestDoc = u.docs().get(0);
        for (Doc d : u.docs()) {
            double s = bm25(d, query, once);
            for (var pair : pairs.entrySet()) {
                if (d.pairs().contains(pair.getKey())) s += pair.getValue();
            }
            if (s > best) {
                others += best;
                best = s;
                bestDoc = d;
            } else {
                others += s;
            }
        }
        double score = best + OTHERS * Math.min(others, best);
        for (var q : query.entrySet()) {
            if (bestDoc.terms().contains(q.getKey())) continue; // the sentence itself says it
            double idf = idf(q.getKey());
            if (u.labelTerms().contains(q.getKey())) score += LABEL_WEIGHT * q.getValue() * idf;
            else if (u.nameTerms().contains(q.getKey())) score += NAME_WEIGHT * q.getValue() * idf;
        }
        return new Scored(score, bestDoc);
    }

    /** Each two neighbouring question words, and what finding them side by side adds. */
    private Map<String, Double> pairs(Map<String, Double> query) {
        List<String> order = new ArrayList<>(query.keySet());
        Map<String, Double> pairs = new HashMap<>();
        for (int i = 0; i + 1 < order.size(); i++) {
            String a = order.get(i);
            String b = order.get(i + 1);
            pairs.put(
                    a + " " + b,
                    PAIR_WEIGHT * (query.getOrDefault(a, 0.0) * idf(a) + query.getOrDefault(b, 0.0) * idf(b)) / 2);
        }
        return pairs;
    }

    private double bm25(Doc d, Map<String, Double> query, Set<String> once) {
        double score = 0;
        for (var q : query.entrySet()) {
            int f = 0;
            for (String t : d.terms()) {
                if (t.equals(q.getKey())) f++;
            }
            if (f == 0) continue;
            if (once.contains(q.getKey())) f = 1;
            score += q.getValue()
                    * idf(q.getKey())
                    * (f * (K1 + 1))
                    / (f + K1 * (1 - B + B * d.terms().size() / averageLength));
        }
        return score;
    }

    /** Sentences of a paragraph, split after ". ", "! ", "? " and the Chinese full stops. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = (c == '.' || c == '!' || c == '?') && i + 1 < text.length() && text.charAt(i + 1) == ' '
                    || c == '\u3002'
                    || c == '\uFF01'
                    || c == '\uFF1F';
            if (end) {
                String s = text.substring(start, i + 1).strip();
                if (!s.isEmpty()) out.add(s);
                start = i + 1;
            }
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) out.add(rest);
        return out;
    }
}
