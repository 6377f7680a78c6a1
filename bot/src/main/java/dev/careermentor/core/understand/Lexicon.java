package dev.careermentor.core.understand;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Entry;
import dev.careermentor.core.knowledge.model.Role;
import dev.careermentor.core.knowledge.model.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name people may type, from one loaded knowledge: entry ids, names and aliases, the employer types
 * of the role's pay, the vocabulary's cue words and its synonyms. It finds them in a question, Latin phrases word by
 * word (longest first), Chinese ones inside runs of characters, and near misses of names and cue words
 * that are not real words of the knowledge ("servng", "salry").
 */
final class Lexicon {
    /** What a phrase names: an entry, an employer type of the role's pay, or a cue. */
    sealed interface Target permits EntryTarget, EmployerTarget, CueTarget, SynonymTarget {}

    record EntryTarget(Entry entry) implements Target {}

    record EmployerTarget(Role.Figure figure) implements Target {}

    record CueTarget(Vocabulary.Cue cue) implements Target {}

    /** A word of a group of synonyms: every word of the group, as written in the vocabulary. */
    record SynonymTarget(List<String> group) implements Target {}

    /** A phrase as typed, and its folded words. */
    record Phrase(String text, List<String> words, String squeezed, boolean cjk, Target target) {}

    /** Where a phrase was found: word positions for Latin ones (end exclusive), -1 for Chinese ones. */
    record Mention(Phrase phrase, int start, int end, boolean nearMiss) {
        Target target() {
            return phrase.target();
        }

        int length() {
            return phrase.cjk() ? phrase.squeezed().length() : end - start;
        }
    }

    private static final int MAX_WORDS = 6;

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final List<Phrase> cjk = new ArrayList<>();
    private final List<Phrase> nearMissable = new ArrayList<>();
    private final Set<String> knownWords = new HashSet<>();

    Lexicon(Knowledge k) {
        for (Entry e : k.data().entries()) {
            Target t = new EntryTarget(e);
            add(e.id(), t);
            add(e.name(), t);
            for (String a : e.aliases()) add(a, t);
            for (Entry.Passage p : e.passages()) {
                known(p.label());
                known(p.body());
            }
            known(e.name());
        }
        for (Role.Figure f : k.data().role().pay().figures()) {
            add(f.employer(), new EmployerTarget(f));
            for (String a : f.aliases()) add(a, new EmployerTarget(f));
        }
        Vocabulary v = k.data().vocabulary();
        for (Vocabulary.Cue cue : Vocabulary.Cue.values()) {
            for (String w : v.words(cue)) add(w, new CueTarget(cue));
        }
        for (List<String> group : v.synonyms()) {
            SynonymTarget t = new SynonymTarget(group);
            for (String w : group) add(w, t);
        }
        knownWords.addAll(Words.STOP);
    }

    private void add(String text, Target target) {
        String prepared = Words.prepare(text);
        if (prepared.isEmpty()) return;
        List<String> words = Words.tokens(prepared);
        if (words.size() > MAX_WORDS) return;
        Phrase p = new Phrase(text, words, Words.squeeze(prepared), Words.hasCjk(prepared), target);
        if (p.cjk()) {
            cjk.add(p);
        } else {
            byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(p);
            int letters = String.join("", words).length();
            boolean name = target instanceof EntryTarget || target instanceof EmployerTarget;
            boolean cue = target instanceof CueTarget;
            if (name && letters >= 4 && words.size() <= 2 || cue && letters >= 5 && words.size() == 1) {
                nearMissable.add(p);
            }
        }
    }

    private void known(String text) {
        for (String w : Words.tokens(Words.prepare(text))) {
            if (!Words.hasCjk(w)) knownWords.add(w);
        }
    }

    /** Every phrase found in a question, longest first where they overlap within one kind of target. */
    List<Mention> scan(String prepared, List<String> words) {
        List<Mention> out = new ArrayList<>();
        boolean[] covered = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            List<Phrase> candidates = byFirstWord.get(words.get(i));
            if (candidates == null) continue;
            for (Phrase p : candidates) {
                int n = p.words().size();
                if (i + n <= words.size() && words.subList(i, i + n).equals(p.words())) {
                    out.add(new Mention(p, i, i + n, false));
                    // A typo beside a synonym or a job noun may still be a name: "reserch engineer".
                    if (p.target() instanceof SynonymTarget
                            || p.target() instanceof CueTarget c && c.cue() == Vocabulary.Cue.JOB_NOUN) continue;
                    for (int j = i; j < i + n; j++) covered[j] = true;
                }
            }
        }
        String squeezed = Words.squeeze(prepared);
        for (Phrase p : cjk) {
            int at = squeezed.indexOf(p.squeezed());
            if (at >= 0 && latinBoundary(squeezed, at, at + p.squeezed().length()))
                out.add(new Mention(p, -1, -1, false));
        }
        nearMisses(words, covered, out);
        return out;
    }

    /** A Chinese phrase that starts or ends with Latin letters must not cut a Latin word in two. */
    private static boolean latinBoundary(String s, int start, int end) {
        boolean before = start > 0 && isLatin(s.charAt(start - 1)) && isLatin(s.charAt(start));
        boolean after = end < s.length() && isLatin(s.charAt(end)) && isLatin(s.charAt(end - 1));
        return !before && !after;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** Words that are no word of the knowledge, close to a name or cue: "servng", "fine tunning". */
    private void nearMisses(List<String> words, boolean[] covered, List<Mention> out) {
        for (int i = 0; i < words.size(); i++) {
            if (covered[i]) continue;
            for (int n = 2; n >= 1; n--) {
                if (i + n > words.size()) continue;
                List<String> span = words.subList(i, i + n);
                boolean free = true;
                boolean unknown = false;
                for (int j = i; j < i + n; j++) {
                    String w = words.get(j);
                    if (covered[j] || Words.hasCjk(w)) free = false;
                    else if (!knownWords.contains(w)) unknown = true;
                }
                if (!free || !unknown) continue;
                String joined = String.join(" ", span);
                Phrase best = null;
                int bestDistance = Integer.MAX_VALUE;
                for (Phrase p : nearMissable) {
                    if (p.words().size() != n) continue;
                    String candidate = String.join(" ", p.words());
                    // A cue word forgives one typo ("salry"); a name, more ("mlpos", "fine tunning").
                    int max = p.target() instanceof CueTarget
                            ? Math.min(1, Words.tolerance(candidate.length()))
                            : Words.tolerance(candidate.length());
                    int d = Words.distance(joined, candidate, max);
                    if (d <= max && d < bestDistance) {
                        best = p;
                        bestDistance = d;
                    }
                }
                if (best != null) {
                    out.add(new Mention(best, i, i + n, true));
                    for (int j = i; j < i + n; j++) covered[j] = true;
                    break;
                }
            }
        }
    }

    /** The entries found, each once, longest mention first, then in order of appearance. */
    static List<Entry> entries(List<Mention> mentions) {
        Map<Entry, Mention> best = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.target() instanceof EntryTarget t)
                best.merge(t.entry(), m, (a, b) -> a.length() >= b.length() ? a : b);
        }
        List<Map.Entry<Entry, Mention>> list = new ArrayList<>(best.entrySet());
        list.sort(Comparator.comparingInt((Map.Entry<Entry, Mention> e) ->
                e.getValue().start() < 0 ? Integer.MAX_VALUE : e.getValue().start()));
        return list.stream().map(Map.Entry::getKey).toList();
    }
}
