package dev.careermentor.core.understand;

import dev.careermentor.core.knowledge.model.Background;
import dev.careermentor.core.knowledge.model.CareerPath;
import dev.careermentor.core.knowledge.model.Entry;
import dev.careermentor.core.knowledge.model.Role;
import dev.careermentor.core.knowledge.model.Salary;
import dev.careermentor.core.knowledge.model.Specialization;
import dev.careermentor.core.knowledge.model.Term;
import dev.careermentor.core.knowledge.model.Topic;
import dev.careermentor.core.knowledge.model.Vocabulary.Cue;
import dev.careermentor.core.understand.Lexicon.CueTarget;
import dev.careermentor.core.understand.Lexicon.EmployerTarget;
import dev.careermentor.core.understand.Lexicon.EntryTarget;
import dev.careermentor.core.understand.Lexicon.Mention;
import dev.careermentor.core.understand.Lexicon.SynonymTarget;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A question read once: its words, the entries and employer types it names (a name inside a longer one
 * does not count: "research engineer" is not also "research"), the cues it holds, the career level it
 * asks about, and the entries it sets aside ("leaving research aside").
 */
final class Question {
    private static final double CUE_WEIGHT = 0.6;
    private static final double HINT_WEIGHT = 0.4;
    /** What a word of the same synonym group as a question word counts in the search. */
    private static final double SYNONYM_WEIGHT = 0.8;

    /**
     * A question word with synonyms: its own search terms, and those of every word of its group. A
     * passage holding any of them accounts for the word.
     */
    record Synonym(Set<String> own, Set<String> all) {}

    /**
     * Words a cue adds to the search, so the passage it asks for comes first: asking about skills finds a
     * passage headed "Skills". They help the ranking only; coverage counts the question's own words.
     */
    private static final java.util.Map<Cue, List<String>> EXPANSIONS = java.util.Map.ofEntries(
            java.util.Map.entry(Cue.SKILLS, List.of("skill", "tool")),
            java.util.Map.entry(Cue.DAY_TO_DAY, List.of("day")),
            java.util.Map.entry(Cue.WORK, List.of("work")),
            java.util.Map.entry(Cue.BREAK_IN, List.of("break")),
            java.util.Map.entry(Cue.HIRING_OUTLOOK, List.of("hir", "outlook")),
            java.util.Map.entry(Cue.OPENINGS, List.of("hir")),
            java.util.Map.entry(Cue.FIT, List.of("suit")),
            java.util.Map.entry(Cue.EDUCATION, List.of("education")),
            java.util.Map.entry(Cue.JOB_TITLES, List.of("role")),
            java.util.Map.entry(Cue.FUTURE, List.of("later", "outlook")),
            java.util.Map.entry(Cue.TIMING, List.of("month")),
            java.util.Map.entry(Cue.SCORE, List.of("score")),
            java.util.Map.entry(Cue.TIME_SHARE, List.of("time")));

    final String raw;
    final String prepared;
    final List<String> words;
    final List<Mention> mentions;
    final Set<Cue> cues = EnumSet.noneOf(Cue.class);
    final List<Specialization> specs = new ArrayList<>();
    final List<Background> backgrounds = new ArrayList<>();
    final List<CareerPath> paths = new ArrayList<>();
    final List<Topic> topics = new ArrayList<>();
    final List<Term> terms = new ArrayList<>();
    final List<Role.Figure> employers = new ArrayList<>();
    final Set<Entry> excluded = new LinkedHashSet<>();
    boolean role;
    /** The level asked about; null for none or both. */
    final Salary.@Nullable Level level;
    /** Search terms: the question's words, with near misses replaced by what they were close to. */
    final List<String> query = new ArrayList<>();
    /**
     * The search terms weighted: the question's own words and names count fully, words that only frame
     * the question (a cue such as "how much" or "skills") count less, and a cue's hint words least.
     */
    final java.util.Map<String, Double> weighted = new java.util.LinkedHashMap<>();
    /** Words that are neither a cue nor a name (two Chinese characters count as one): what is left to understand. */
    final int leftover;
    /** The search terms of those words. */
    final List<String> leftoverTerms = new ArrayList<>();
    /** Names a job by a title the knowledge does not know: "robotics engineer", "提示词工程师". */
    final boolean otherJob;
    /** What "how many" asks to count, as a search term ("how many LLM engineers": engineer); null if unsaid. */
    final @Nullable String counted;
    /** The question's words that have synonyms; their own terms are not among {@link #leftoverTerms}. */
    final List<Synonym> synonyms = new ArrayList<>();
    /** How the question names each entry it names, as the alias is written ("data scientist"). */
    final java.util.Map<Entry, String> typed = new java.util.LinkedHashMap<>();
    /** The search terms of each entry named, to tell whether a passage speaks of it. */
    final java.util.Map<Entry, Set<String>> nameTerms = new java.util.LinkedHashMap<>();

    Question(String raw, Lexicon lexicon) {
        this.raw = raw;
        this.prepared = Words.prepare(raw);
        this.words = Words.tokens(prepared);
        this.mentions = lexicon.scan(prepared, words);
        for (Mention m : mentions) {
            if (m.target() instanceof CueTarget c) cues.add(c.cue());
        }
        List<Mention> names = significant(mentions, cues.contains(Cue.PATH_WORDS));
        for (Mention m : names) {
            if (m.target() instanceof EntryTarget t) {
                add(t.entry());
                typed.putIfAbsent(t.entry(), m.phrase().text());
                Set<String> terms = nameTerms.computeIfAbsent(t.entry(), e -> new LinkedHashSet<>());
                for (String w : m.phrase().words()) {
                    if (Words.hasCjk(w)) {
                        List<String> pairs = new ArrayList<>();
                        Words.cjkTerms(w, pairs);
                        terms.addAll(pairs);
                    } else if (!Words.STOP.contains(w)) {
                        terms.add(Words.stem(w));
                    }
                }
            } else if (m.target() instanceof EmployerTarget e && !employers.contains(e.figure())) {
                employers.add(e.figure());
            }
        }
        excluded.addAll(excludedBy(names));
        otherJob = otherJob();
        counted = counted();
        boolean early = cues.contains(Cue.EARLY);
        boolean senior = cues.contains(Cue.SENIOR);
        this.level = early == senior ? null : early ? Salary.Level.EARLY : Salary.Level.SENIOR;
        boolean[] used = new boolean[words.size()];
        StringBuilder cjkLeft = new StringBuilder(Words.squeeze(prepared).replaceAll("[^\\p{IsHan}]", ""));
        for (Mention m : mentions) {
            if (m.target() instanceof SynonymTarget) continue; // a word with synonyms is still the question's own
            if (m.start() >= 0) {
                for (int i = m.start(); i < m.end(); i++) used[i] = true;
                if (m.nearMiss()) m.phrase().words().forEach(w -> query.add(Words.stem(w)));
            } else {
                int at = cjkLeft.indexOf(m.phrase().squeezed());
                if (at >= 0) cjkLeft.delete(at, at + m.phrase().squeezed().length());
            }
        }
        int left = (cjkLeft.length() + 1) / 2;
        if (cjkLeft.length() > 0) {
            List<String> pairs = new ArrayList<>();
            Words.cjkTerms(cjkLeft.toString(), pairs);
            pairs.stream().filter(pair -> !Words.STOP.contains(pair)).forEach(leftoverTerms::add);
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!used[i] && !Words.STOP.contains(w) && !Words.hasCjk(w)) {
                left++;
                leftoverTerms.add(Words.stem(w));
            }
        }
        this.leftover = left;
        for (int i = 0; i < words.size(); i++) {
            boolean nearMiss = false;
            for (Mention m : mentions) {
                if (m.nearMiss() && i >= m.start() && i < m.end()) nearMiss = true;
            }
            if (nearMiss) continue;
            String w = words.get(i);
            if (Words.hasCjk(w)) {
                List<String> pairs = new ArrayList<>();
                Words.cjkTerms(w, pairs);
                pairs.stream().filter(pair -> !Words.STOP.contains(pair)).forEach(query::add);
            } else if (!Words.STOP.contains(w)) {
                query.add(Words.stem(w));
            }
        }
        Set<String> cueTerms = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (!(m.target() instanceof CueTarget)) continue;
            for (String w : m.phrase().words()) {
                if (Words.hasCjk(w)) {
                    List<String> pairs = new ArrayList<>();
                    Words.cjkTerms(w, pairs);
                    cueTerms.addAll(pairs);
                } else {
                    cueTerms.add(Words.stem(w));
                }
            }
        }
        Set<String> named = new java.util.HashSet<>();
        nameTerms.values().forEach(named::addAll);
        for (String t : query) {
            if (Words.STOP.contains(t)) continue;
            double w = cueTerms.contains(t) && !named.contains(t) ? CUE_WEIGHT : 1.0;
            weighted.merge(t, w, Math::max);
        }
        for (Mention m : mentions) {
            if (!(m.target() instanceof SynonymTarget group)) continue;
            Set<String> own = new LinkedHashSet<>(termsOf(m.phrase().text()));
            Set<String> all = new LinkedHashSet<>(own);
            for (String word : group.group()) all.addAll(termsOf(word));
            if (own.isEmpty() || all.equals(own)) continue;
            synonyms.add(new Synonym(own, all));
            leftoverTerms.removeAll(own);
            for (String t : all) {
                if (own.contains(t)) continue;
                weighted.merge(t, SYNONYM_WEIGHT, Math::max);
                if (!query.contains(t)) query.add(t);
            }
        }
        for (Cue c : cues) {
            for (String hint : EXPANSIONS.getOrDefault(c, List.of())) {
                String term = Words.stem(hint);
                weighted.merge(term, HINT_WEIGHT, Math::max);
                if (!query.contains(term)) query.add(term);
            }
        }
    }

    /** Characters before a Chinese job noun that do not make a title: "做工程师", "当个工程师". */
    private static final String NOT_A_TITLE = "的个名位是当做成为要";

    /**
     * Whether a job noun ("engineer", "工程师") follows a word that no name, employer type or cue accounts
     * for: a job title the knowledge does not describe.
     */
    private boolean otherJob() {
        boolean[] known = new boolean[words.size()];
        boolean[] titled = new boolean[words.size()];
        String sq = Words.squeeze(prepared);
        boolean[] knownAt = new boolean[sq.length()];
        boolean[] titledAt = new boolean[sq.length()];
        for (Mention m : mentions) {
            if (isJobNoun(m) || m.target() instanceof SynonymTarget) continue;
            // A name, an employer type or a title of the whole field makes a job noun inside it known.
            boolean title = !(m.target() instanceof CueTarget c) || c.cue() == Cue.FIELD_JOB;
            if (m.start() >= 0) {
                for (int i = m.start(); i < m.end(); i++) {
                    known[i] = true;
                    titled[i] |= title;
                }
            } else {
                String p = m.phrase().squeezed();
                for (int at = sq.indexOf(p); at >= 0; at = sq.indexOf(p, at + 1)) {
                    for (int i = at; i < at + p.length(); i++) {
                        knownAt[i] = true;
                        titledAt[i] |= title;
                    }
                }
            }
        }
        // Latin words found as names or cues count as known in the squeezed text too ("senior 工程师").
        List<String> raw = new ArrayList<>();
        for (String t : prepared.split(" ", -1)) {
            if (!t.isEmpty()) raw.add(t);
        }
        int offset = 0;
        for (int i = 0; i < raw.size() && i < known.length; i++) {
            int len = raw.get(i).length();
            for (int j = offset; j < offset + len && j < knownAt.length; j++) {
                knownAt[j] |= known[i];
                titledAt[j] |= titled[i];
            }
            offset += len;
        }
        for (Mention m : mentions) {
            if (!isJobNoun(m)) continue;
            if (m.start() >= 0) {
                if (titled[m.start()] || m.start() == 0) continue; // inside a name: "serving engineer"
                String before = words.get(m.start() - 1);
                if (!known[m.start() - 1] && !Words.STOP.contains(before) && !Words.hasCjk(before)) return true;
                continue;
            }
            String noun = m.phrase().squeezed();
            for (int at = sq.indexOf(noun); at >= 0; at = sq.indexOf(noun, at + 1)) {
                if (titledAt[at] || at < 2) continue;
                char prev = sq.charAt(at - 1);
                boolean title = !knownAt[at - 1]
                        && !knownAt[at - 2]
                        && NOT_A_TITLE.indexOf(prev) < 0
                        && Words.isCjk(prev) == Words.isCjk(sq.charAt(at - 2));
                if (title) return true;
            }
        }
        return false;
    }

    /** The last word of the words after "how many" up to the next small word: the thing to count. */
    private @Nullable String counted() {
        for (Mention m : mentions) {
            if (!(m.target() instanceof CueTarget c) || c.cue() != Cue.COUNT || m.start() < 0) continue;
            String last = null;
            for (int i = m.end(); i < words.size() && !Words.STOP.contains(words.get(i)); i++) last = words.get(i);
            if (last != null && !Words.hasCjk(last)) return Words.stem(last);
        }
        return null;
    }

    private static boolean isJobNoun(Mention m) {
        return m.target() instanceof CueTarget c && c.cue() == Cue.JOB_NOUN;
    }

    /** Search terms of a word or phrase: stems of Latin words, pairs of Chinese characters (or one alone). */
    private static List<String> termsOf(String text) {
        List<String> out = new ArrayList<>();
        for (String w : Words.tokens(Words.prepare(text))) {
            if (Words.hasCjk(w)) Words.cjkTerms(w, out);
            else if (!Words.STOP.contains(w)) out.add(Words.stem(w));
        }
        return out;
    }

    private void add(Entry e) {
        if (e instanceof Specialization s && !specs.contains(s)) specs.add(s);
        else if (e instanceof Background b && !backgrounds.contains(b)) backgrounds.add(b);
        else if (e instanceof CareerPath p && !paths.contains(p)) paths.add(p);
        else if (e instanceof Topic t && !topics.contains(t)) topics.add(t);
        else if (e instanceof Term t && !terms.contains(t)) terms.add(t);
        else if (e instanceof Role) role = true;
    }

    /**
     * Name mentions that count: one inside a longer name (or inside a region or job the sources do not
     * cover) does not, and a word that names both a path and a specialization ("research") names the path
     * only when the question talks about paths.
     */
    @SuppressWarnings("ReferenceEquality") // skips the mention itself, not an equal one elsewhere
    private static List<Mention> significant(List<Mention> mentions, boolean aboutPaths) {
        List<Mention> named = new ArrayList<>();
        for (Mention m : mentions) {
            boolean blocking =
                    m.target() instanceof CueTarget c && (c.cue() == Cue.OTHER_REGIONS || c.cue() == Cue.OTHER_ROLES);
            if (m.target() instanceof EntryTarget || m.target() instanceof EmployerTarget || blocking) named.add(m);
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : named) {
            if (m.target() instanceof CueTarget) continue;
            boolean inside = false;
            for (Mention other : named) {
                if (other == m) continue;
                if (contains(other, m)) {
                    inside = true;
                    break;
                }
            }
            if (inside) continue;
            if (m.target() instanceof EntryTarget t && ambiguous(m, named)) {
                boolean isPath = t.entry() instanceof CareerPath;
                if (isPath != aboutPaths) continue;
            }
            out.add(m);
        }
        return out;
    }

    /** Whether {@code outer} covers more than {@code inner} and all of it. */
    private static boolean contains(Mention outer, Mention inner) {
        if (outer.start() >= 0 && inner.start() >= 0) {
            return outer.start() <= inner.start()
                    && outer.end() >= inner.end()
                    && outer.end() - outer.start() > inner.end() - inner.start();
        }
        if (outer.phrase().cjk() && inner.phrase().cjk()) {
            return outer.phrase().squeezed().length()
                            > inner.phrase().squeezed().length()
                    && outer.phrase().squeezed().contains(inner.phrase().squeezed());
        }
        return false;
    }

    /** The same words name a path and a specialization. */
    @SuppressWarnings("ReferenceEquality") // skips the mention itself, not an equal one elsewhere
    private static boolean ambiguous(Mention m, List<Mention> all) {
        for (Mention other : all) {
            if (other == m || !(other.target() instanceof EntryTarget t)) continue;
            boolean sameWords = m.start() >= 0
                    ? other.start() == m.start() && other.end() == m.end()
                    : other.phrase().squeezed().equals(m.phrase().squeezed());
            Entry a = ((EntryTarget) m.target()).entry();
            if (sameWords && (a instanceof CareerPath) != (t.entry() instanceof CareerPath)) return true;
        }
        return false;
    }

    /** Entries named within three words after "except", "leaving", "除了"... */
    private Set<Entry> excludedBy(List<Mention> names) {
        Set<Entry> out = new LinkedHashSet<>();
        for (Mention cue : mentions) {
            if (!(cue.target() instanceof CueTarget c) || c.cue() != Cue.EXCLUSION || cue.start() < 0) continue;
            for (Mention m : names) {
                if (m.target() instanceof EntryTarget t && m.start() >= cue.end() && m.start() <= cue.end() + 2) {
                    out.add(t.entry());
                }
            }
        }
        return out;
    }

    /** The search terms of the hint words of the cues asked, such as "skill" when skills are asked about. */
    Set<String> hints() {
        Set<String> out = new LinkedHashSet<>();
        for (Cue c : cues) {
            for (String hint : EXPANSIONS.getOrDefault(c, List.of())) out.add(Words.stem(hint));
        }
        return out;
    }

    /** Whether a search term is one of the question's own words, a name it uses or a synonym of either. */
    boolean ownTerm(String term) {
        if (leftoverTerms.contains(term)) return true;
        for (Set<String> name : nameTerms.values()) {
            if (name.contains(term)) return true;
        }
        for (Synonym syn : synonyms) {
            if (syn.all().contains(term)) return true;
        }
        return false;
    }

    boolean has(Cue cue) {
        return cues.contains(cue);
    }

    boolean any(Cue... any) {
        for (Cue c : any) {
            if (cues.contains(c)) return true;
        }
        return false;
    }

    /** Names an entry, an employer type, or a job or place the sources do not cover. */
    boolean namesSomething() {
        return !specs.isEmpty()
                || !backgrounds.isEmpty()
                || !paths.isEmpty()
                || !topics.isEmpty()
                || !terms.isEmpty()
                || role
                || !employers.isEmpty();
    }

    /** The mentioned specializations that are not set aside. */
    List<Specialization> specsKept() {
        return specs.stream().filter(s -> !excluded.contains(s)).toList();
    }
}
