package dev.careermentor.core.understand;

import dev.careermentor.core.Surface;
import dev.careermentor.core.command.Cards;
import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Background;
import dev.careermentor.core.knowledge.model.CareerPath;
import dev.careermentor.core.knowledge.model.Entry;
import dev.careermentor.core.knowledge.model.Move;
import dev.careermentor.core.knowledge.model.Role;
import dev.careermentor.core.knowledge.model.Salary;
import dev.careermentor.core.knowledge.model.Specialization;
import dev.careermentor.core.knowledge.model.Standing;
import dev.careermentor.core.knowledge.model.Switching;
import dev.careermentor.core.knowledge.model.Term;
import dev.careermentor.core.knowledge.model.Topic;
import dev.careermentor.core.knowledge.model.Vocabulary.Cue;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Cite;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.text.Pay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Answers a question typed in plain words. It reads what the question names and asks about, answers from
 * the structured knowledge where it can (pay by level, rankings computed from the data, switches,
 * backgrounds, the role's task split, terms), falls back to the best passage of any entry, and says
 * plainly when the sources do not cover the question. Every answer leads with one or two sentences that
 * answer exactly what was asked, shows the supporting entry or section whole, and cites its sources.
 */
public final class Understanding {
    /** Share of the question's weighted words the best passage must hold, or the answer is "not covered". */
    static final double MIN_COVERAGE = Double.parseDouble(System.getProperty("mentor.coverage", "0.4"));

    /** Question words a passage must account for before it answers a pay question better than the pay. */
    private static final int MIN_EXPLAINED = 2;

    /** How much of a question a reply repeats back. */
    private static final int QUOTE_MAX = 80;

    /** Cues that ask for one part of an entry ("what skills does X need"), not the whole of it. */
    private static final Cue[] ASKS_FOR_A_PART = {
        Cue.SKILLS, Cue.DAY_TO_DAY, Cue.BREAK_IN, Cue.HIRING_OUTLOOK, Cue.FIT, Cue.EDUCATION, Cue.WORK,
        Cue.JOB_TITLES, Cue.FUTURE, Cue.TIMING, Cue.SCORE, Cue.TIME_SHARE, Cue.OPENINGS, Cue.BARRIER,
        Cue.COMPETITION, Cue.GET_HIRED, Cue.DURATION
    };

    /** How much coverage decides the order of passages found, against their search score. */
    static final double COVERAGE_SHARE = Double.parseDouble(System.getProperty("mentor.coverageShare", "0.5"));

    /** What an entry the question names weighs in coverage: about as much as a rare word. */
    private static final double ENTITY_WEIGHT = 3.0;

    /** Catalog keys of the fixed headings of entry fields ("Skills", "Pay (US, USD, as of 2026)"). */
    private static final List<String> PART_KEYS = List.of(
            "part.summary",
            "part.day",
            "part.skills",
            "part.hiring",
            "part.fit",
            "part.breakin",
            "part.paynotes",
            "part.pay",
            "part.howlong",
            "part.advice",
            "part.switches",
            "part.work",
            "part.roles",
            "part.education",
            "part.outlook",
            "part.notes",
            "part.leads",
            "part.tasks");

    private static final Pattern YEAR = Pattern.compile("\\b(20[2-9][0-9])\\b");

    private final Knowledge k;
    private final Lexicon lexicon;
    private final Retrieval retrieval;
    private final int latestYear;
    /** Every entry of each face of the knowledge, by kind and id: what an English entry found reads as. */
    private final java.util.Map<Lang, java.util.Map<String, Entry>> faces = new java.util.EnumMap<>(Lang.class);

    private Understanding(Knowledge k) {
        this.k = k;
        for (Lang l : Lang.values()) {
            java.util.Map<String, Entry> byId = new java.util.HashMap<>();
            for (Entry e : k.in(l).data().entries()) byId.putIfAbsent(faceKey(e), e);
            faces.put(l, byId);
        }
        this.lexicon = new Lexicon(k);
        this.retrieval = new Retrieval(k);
        int latest = 0;
        for (Entry e : k.data().entries()) latest = Math.max(latest, e.asOf().year());
        this.latestYear = latest;
    }

    private static String faceKey(Entry e) {
        return e.getClass().getName() + ":" + e.id();
    }

    /** The understanding of one version of the knowledge, built once and kept with it. */
    public static Understanding of(Knowledge k) {
        return k.derived(Understanding.class, Understanding::new);
    }

    /** How many passages answers can come from. */
    public int passages() {
        return retrieval.size();
    }

    /** How a question was read, for moderators asking why an answer came out as it did. */
    public String explain(String text) {
        Question q = new Question(text, lexicon);
        StringBuilder sb = new StringBuilder();
        sb.append("words: ").append(q.words).append('\n');
        sb.append("cues: ").append(q.cues).append('\n');
        sb.append("names: ");
        for (Lexicon.Mention m : q.mentions) {
            if (!(m.target() instanceof Lexicon.CueTarget)) {
                sb.append(m.phrase().text()).append(m.nearMiss() ? "~ " : " ");
            }
        }
        sb.append("\nspecs ")
                .append(q.specs.stream().map(Entry::id).toList())
                .append(" backgrounds ")
                .append(q.backgrounds.stream().map(Entry::id).toList())
                .append(" paths ")
                .append(q.paths.stream().map(Entry::id).toList())
                .append(" topics ")
                .append(q.topics.stream().map(Entry::id).toList())
                .append(" terms ")
                .append(q.terms.stream().map(Entry::id).toList())
                .append(" role ")
                .append(q.role)
                .append(" level ")
                .append(q.level)
                .append(" leftover ")
                .append(q.leftover)
                .append('\n');
        sb.append("query: ")
                .append(q.weighted)
                .append(" leftover: ")
                .append(q.leftoverTerms)
                .append(" synonyms: ")
                .append(q.synonyms)
                .append(" named: ")
                .append(q.nameTerms.values())
                .append('\n');
        Set<Entry> named = new HashSet<>(q.nameTerms.keySet());
        for (Retrieval.Hit h : retrieval.search(q.weighted, u -> true, named, 1.5, 6)) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  %.2f (within %.2f) cov %.2f %s > %s: %s%n",
                    h.score(),
                    h.within(),
                    coverage(q, h),
                    h.unit().entry().id(),
                    h.unit().passage().label(),
                    h.doc().text()));
        }
        return sb.toString();
    }

    /** The answer to {@code text}, in {@code lang}, with commands shown as {@code surface} types them. */
    public Reply answer(String text, Lang lang, Surface surface) {
        Question q = new Question(text, lexicon);
        Answer a = new Answer(q, lang, surface);
        return a.reply();
    }

    /**
     * How much of the question a sentence accounts for: the weight of the question's own words it holds
     * (words that only frame the question, such as "how do I" or "salary", do not count), and whether
     * its passage speaks of each entry the question names.
     */
    private double coverage(Question q, Retrieval.Hit h) {
        Set<String> in = h.unit().allTerms();
        double total = 0;
        double got = 0;
        for (String t : new HashSet<>(q.leftoverTerms)) {
            double w = retrieval.weight(t);
            total += w;
            if (in.contains(t) || h.unit().nameTerms().contains(t)) got += w;
        }
        for (Question.Synonym syn : q.synonyms) {
            double w = 0;
            for (String t : syn.all()) w = Math.max(w, retrieval.weight(t));
            total += w;
            if (syn.all().stream()
                    .anyMatch(t -> in.contains(t) || h.unit().nameTerms().contains(t))) got += w;
        }
        for (var named : q.nameTerms.entrySet()) {
            total += ENTITY_WEIGHT;
            boolean speaks = h.unit().entry().equals(named.getKey())
                    || named.getValue().stream().anyMatch(in::contains);
            if (speaks) got += ENTITY_WEIGHT;
        }
        if (total == 0) {
            // Nothing but framing words ("how do I get started?"): covered when the passage holds one of them.
            return q.weighted.keySet().stream()
                            .anyMatch(
                                    t -> in.contains(t) || h.unit().nameTerms().contains(t))
                    ? 1
                    : 0;
        }
        return got / total;
    }

    /** One question being answered. */
    private final class Answer {
        private final Question q;
        private final Lang lang;
        private final Surface surface;
        /** The English knowledge, which the question was read against and the passages are found in. */
        private final Knowledge en;
        /** The knowledge in the answer's language: everything the answer shows comes from it. */
        private final Knowledge k;

        Answer(Question q, Lang lang, Surface surface) {
            this.q = q;
            this.lang = lang;
            this.surface = surface;
            this.en = Understanding.this.k;
            this.k = en.in(lang);
        }

        /**
         * The entry of the answer's language with the id of {@code e}, an entry of the English knowledge
         * the question named or the search found (the same entry in English answers).
         */
        @SuppressWarnings("unchecked")
        <T extends Entry> T face(T e) {
            if (k == en) return e;
            Entry f = java.util.Objects.requireNonNull(faces.get(lang)).get(faceKey(e));
            return f != null && e.getClass().isInstance(f) ? (T) f : e;
        }

        <T extends Entry> List<T> faces(java.util.Collection<T> entries) {
            return entries.stream().map(this::face).toList();
        }

        /** The employer type of the role's pay in the answer's language: the figure at the same place. */
        Role.Figure face(Role.Figure f) {
            List<Role.Figure> ours = en.data().role().pay().figures();
            List<Role.Figure> theirs = k.data().role().pay().figures();
            int at = ours.indexOf(f);
            return at >= 0 && at < theirs.size() ? theirs.get(at) : f;
        }

        /** A passage found in the English knowledge, in the answer's language: the same place of the same entry. */
        Entry.Passage face(Entry e, Entry.Passage p) {
            if (k == en) return p;
            List<Entry.Passage> ours = e.passages();
            List<Entry.Passage> theirs = face(e).passages();
            int at = ours.indexOf(p);
            return at >= 0 && at < theirs.size() && ours.size() == theirs.size() ? theirs.get(at) : p;
        }

        /**
         * A sentence or item of a passage found, in the answer's language: the one at the same place, or the
         * whole paragraph when the translation splits into another number of sentences.
         */
        String face(Retrieval.Unit u, Retrieval.Doc d) {
            if (k == en) return d.text();
            Entry.Passage p = u.passage();
            Entry.Passage theirs = face(u.entry(), p);
            if (theirs.equals(p)) return d.text(); // no other face, or the same words in both
            List<String> sentences = p.text() == null ? List.of() : Retrieval.sentences(p.text());
            int at = u.docs().indexOf(d);
            if (at < 0) return d.text();
            if (at < sentences.size()) {
                List<String> zh = theirs.text() == null ? List.of() : Retrieval.sentences(theirs.text());
                if (zh.size() == sentences.size()) return zh.get(at);
                return theirs.text() == null ? d.text() : theirs.text();
            }
            int item = at - sentences.size();
            return item < theirs.items().size() ? theirs.items().get(item) : inline(theirs);
        }

        /**
         * A passage's paragraph and list as one line. Chinese sentences end in their own full stop (。), so
         * an item gets one only when it has no closing mark, and the pieces join without spaces.
         */
        String inline(Entry.Passage p) {
            if (k == en) return Cards.inline(p.text(), p.items());
            StringBuilder sb =
                    new StringBuilder(p.text() == null ? "" : p.text().strip());
            for (String item : p.items()) {
                String i = item.strip();
                sb.append(i);
                if (!i.isEmpty() && "。？！.?!".indexOf(i.charAt(i.length() - 1)) < 0) sb.append('。');
            }
            return sb.toString();
        }

        /** An entry's name in the answer's language (the switching entry's is fixed, so in the catalog). */
        String name(Entry e) {
            return k != en && e instanceof Switching ? m("switching.name") : e.name();
        }

        /** A passage's heading in the answer's language: the fixed headings of entry fields are in the catalog. */
        String label(Entry.Passage p) {
            String label = p.label();
            if (k == en) return label;
            for (String key : PART_KEYS) {
                String english = Msg.get(Lang.EN, key);
                if (label.equals(english)) return m(key);
                if (label.startsWith(english + " (")) return m(key) + label.substring(english.length());
            }
            return label;
        }

        String m(String key, Object... args) {
            return Msg.get(lang, key, args);
        }

        Reply reply() {
            if (q.words.isEmpty()) return notCovered(m("nc.empty"));
            if (smalltalk()) return smalltalkReply();
            Reply outside = outsideTheSources();
            if (outside != null) return outside;
            Reply sw = switching();
            if (sw != null) return sw;
            if (isPay() && !retrievalExplainsMore()) return pay();
            Reply ranked = ranking();
            if (ranked != null) return ranked;
            Reply bg = background();
            if (bg != null) return bg;
            Reply term = term();
            if (term != null) return term;
            Reply card = bareName();
            if (card != null) return card;
            if (q.has(Cue.BOTH_PATHS)
                    || q.has(Cue.PATH_WORDS) && q.paths.isEmpty() && q.specs.isEmpty() && q.leftover <= 2) {
                return bothPaths();
            }
            if (q.has(Cue.TIME_SHARE) && (q.role || !q.namesSomething())) {
                // "how much of an LLM engineer's time goes to training": the role's tasks say.
                Reply share = retrieveAmong(
                        u -> u.entry() instanceof Role && u.passage().label().equals(Role.TASKS), false);
                if (share.kind() != Reply.Kind.NOT_COVERED) return share;
            }
            Entry only =
                    q.nameTerms.size() == 1 ? q.nameTerms.keySet().iterator().next() : null;
            if (q.any(ASKS_FOR_A_PART)
                    && (only instanceof Specialization || only instanceof CareerPath || only instanceof Background)) {
                // "what skills does a serving engineer need": the part of that one entry headed so. (The
                // role and the topics are written as articles, whose headings are no fixed set of parts.)
                Set<String> hints = q.hints();
                java.util.function.Predicate<Retrieval.Unit> headed =
                        u -> u.entry().equals(only) && u.labelTerms().stream().anyMatch(hints::contains);
                if (retrieval.any(headed)) {
                    Reply part = retrieveAmong(headed, true);
                    if (part.kind() != Reply.Kind.NOT_COVERED) return part;
                }
            }
            return retrieve();
        }

        /**
         * The question holds words a structured answer would leave unexplained ("inflated by the talent
         * shortage", "write my papers"), and some passage accounts for them: that passage answers better.
         */
        private boolean retrievalExplainsMore() {
            if (q.leftoverTerms.size() < MIN_EXPLAINED) return false;
            double weight = 0;
            for (String t : new HashSet<>(q.leftoverTerms)) weight += retrieval.idf(t);
            List<Retrieval.Hit> hits = retrieval.search(q.weighted, u -> true, Set.of(), 1, 3);
            for (Retrieval.Hit h : hits) {
                double covered = 0;
                int count = 0;
                Set<String> in = new HashSet<>(h.doc().terms());
                in.addAll(h.unit().labelTerms());
                for (String t : new HashSet<>(q.leftoverTerms)) {
                    if (in.contains(t)) {
                        covered += retrieval.idf(t);
                        count++;
                    }
                }
                if (count >= MIN_EXPLAINED && covered >= 0.6 * weight) return true;
            }
            return false;
        }

        // ---------------------------------------------------------------- small talk and the honest answer

        private boolean smalltalk() {
            boolean social = q.any(Cue.GREETING, Cue.THANKS, Cue.GOODBYE, Cue.CAPABILITIES);
            return social && !q.namesSomething() && q.leftover <= (q.has(Cue.CAPABILITIES) ? 4 : 3);
        }

        private Reply smalltalkReply() {
            String kind = q.has(Cue.CAPABILITIES)
                    ? "capabilities"
                    : q.has(Cue.THANKS) ? "thanks" : q.has(Cue.GOODBYE) ? "goodbye" : "greeting";
            Reply.Builder b = Reply.builder(Reply.Kind.NOTICE, m("smalltalk." + kind + ".title"))
                    .text(m("smalltalk." + kind + ".text", surface.command("help")));
            tries(b);
            return b.build();
        }

        private void tries(Reply.Builder b) {
            for (String command : List.of("salary inference-serving senior", "specializations", "quiz")) {
                ComponentIds.run(command)
                        .ifPresent(id -> b.button(
                                new Button(m("try." + command.split(" ", -1)[0]), id, Button.Kind.SUGGESTION)));
            }
        }

        /** Pay in another country or year, jobs and subjects the sources never discuss, prices, products. */
        private @Nullable Reply outsideTheSources() {
            if (q.has(Cue.OFF_TOPIC)) return notCovered(m("nc.offtopic"));
            if (q.has(Cue.SHOPPING)) return notCovered(m("nc.shopping"));
            boolean jobNamed = !q.specs.isEmpty() || q.role || !q.backgrounds.isEmpty() || q.has(Cue.OTHER_ROLES);
            if (q.has(Cue.PRICE) && !q.has(Cue.SWITCHING) && !jobNamed) return notCovered(m("nc.price"));
            boolean payish = isPay() || q.has(Cue.HOW_MUCH) && !q.any(Cue.SCORE, Cue.TIME_SHARE, Cue.DURATION);
            if (q.has(Cue.OTHER_REGIONS) && payish) return notCovered(m("nc.region", usPay()));
            Matcher year = YEAR.matcher(q.prepared);
            while (year.find()) {
                int y = Integer.parseInt(year.group(1));
                if (y > latestYear && payish) return notCovered(m("nc.future", y, latestYear));
            }
            if (payish && q.specs.isEmpty() && !q.role && q.employers.isEmpty()) {
                if (q.has(Cue.OTHER_ROLES) || q.otherJob) return notCovered(m("nc.role", usPay()));
                Term job = jobTerm();
                if (job != null && q.has(Cue.PAY)) {
                    // "how much does a prompt engineer make": a job the sources explain, with no pay.
                    Term t = face(job);
                    Reply.Builder b = Reply.builder(Reply.Kind.NOT_COVERED, m("nc.title"))
                            .text(m("nc.role", usPay()) + " " + m("nc.covered"))
                            .field(t.name(), t.text())
                            .cite(Cite.entry(k, t));
                    tries(b);
                    return b.build();
                }
                if (!q.backgrounds.isEmpty()) {
                    Background found = q.backgrounds.get(0);
                    Background bg = face(found);
                    return notCovered(
                            m(
                                    "nc.background",
                                    q.typed.getOrDefault(found, bg.name()),
                                    bg.name(),
                                    names(bg.suggests(), "or")),
                            bg);
                }
            }
            if ((isPay() || q.has(Cue.HOW_MUCH)) && q.role && q.specs.isEmpty() && q.level != null) {
                Role.Pay pay = k.data().role().pay();
                return notCovered(
                        m(
                                "nc.rolelevel",
                                m("level." + q.level.name().toLowerCase(Locale.ROOT)),
                                Pay.figures(pay, lang),
                                Pay.basis(pay, lang)),
                        k.data().role());
            }
            if (q.has(Cue.DURATION) && q.has(Cue.BECOME) && !q.has(Cue.SWITCHING) && q.specs.isEmpty()) {
                return notCovered(m("nc.howlong"));
            }
            return null;
        }

        /** A glossary term the question names by a job title ("prompt engineer"), or null. */
        private @Nullable Term jobTerm() {
            List<String> nouns = en.data().vocabulary().words(Cue.JOB_NOUN);
            for (Term t : q.terms) {
                String typed = q.typed.getOrDefault(t, "");
                List<String> words = Words.tokens(Words.prepare(typed));
                if (words.isEmpty()) continue;
                String last = words.get(words.size() - 1);
                if (nouns.stream().anyMatch(n -> Words.tokens(Words.prepare(n)).equals(List.of(last)))) return t;
                if (nouns.stream().anyMatch(n -> Words.hasCjk(n) && typed.endsWith(n))) return t;
            }
            return null;
        }

        private String usPay() {
            return m("nc.uspay", Pay.basis(k.specializations().all().get(0).salary(), lang));
        }

        private Reply notCovered(String why, Entry... mentioned) {
            Reply.Builder b =
                    Reply.builder(Reply.Kind.NOT_COVERED, m("nc.title")).text(why + " " + m("nc.covered"));
            for (Entry e : mentioned) b.cite(Cite.entry(k, face(e)));
            tries(b);
            return b.build();
        }

        // ---------------------------------------------------------------- pay

        private boolean isPay() {
            if (q.has(Cue.PAY) || !q.employers.isEmpty() && !q.any(Cue.OPENINGS, Cue.SCORE, Cue.COUNT)) return true;
            boolean named = !q.specs.isEmpty() || q.role;
            return named && q.has(Cue.HOW_MUCH) && !q.any(Cue.SCORE, Cue.TIME_SHARE, Cue.DURATION);
        }

        private Reply pay() {
            List<Specialization> specs = q.specsKept();
            if (q.has(Cue.PREMIUM)) return retrieveWithin(e -> e instanceof Role);
            boolean superlative = q.any(Cue.MOST, Cue.LEAST);
            if ((q.role || !q.employers.isEmpty()) && specs.isEmpty()) {
                return superlative ? rolePayRanked() : rolePay();
            }
            if (specs.isEmpty() && !q.has(Cue.LIST_ALL) && !superlative) {
                // "what do people who write custom kernels earn": the specialization the words describe.
                Specialization described = described();
                if (described != null) return specPay(described);
            }
            if (specs.isEmpty() && q.has(Cue.LIST_ALL) || specs.isEmpty() && !superlative) return payTable(null);
            if (superlative && specs.size() != 1) return payRanked();
            if (specs.size() >= 2) return payCompared(specs.get(0), specs.get(1));
            return specPay(specs.get(0));
        }

        /**
         * The one specialization the question's own words describe, when they describe one: its passages
         * account for them, and no other specialization's passages do nearly as well.
         */
        private @Nullable Specialization described() {
            if (q.leftoverTerms.isEmpty() && q.synonyms.isEmpty()) return null;
            List<Retrieval.Hit> hits =
                    byCoverage(retrieval.search(q.weighted, u -> u.entry() instanceof Specialization, Set.of(), 1, 12));
            if (hits.isEmpty() || coverage(q, hits.get(0)) < MIN_COVERAGE) return null;
            Retrieval.Hit top = hits.get(0);
            for (Retrieval.Hit h : hits) {
                boolean other = !h.unit().entry().equals(top.unit().entry());
                if (other && h.score() > top.score() * 0.8) return null; // two fit about as well: no guess
            }
            return (Specialization) top.unit().entry();
        }

        private Reply specPay(Specialization found) {
            Specialization s = face(found);
            Salary pay = s.salary();
            String lead = q.level == null
                    ? m(
                            "pay.both",
                            s.name(),
                            Pay.band(pay, Salary.Level.EARLY),
                            Pay.band(pay, Salary.Level.SENIOR),
                            Pay.basis(pay, lang))
                    : m(
                            "pay.level." + q.level.name().toLowerCase(Locale.ROOT),
                            s.name(),
                            Pay.band(pay, q.level),
                            Pay.basis(pay, lang));
            Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, m("pay.title", s.name()))
                    .text(lead + (pay.note() == null ? "" : " " + pay.note()))
                    .field(m("pay.levels", Pay.basis(pay, lang)), Pay.levels(pay, lang))
                    .field(m("field.hiring"), s.hiring())
                    .list(m("field.breakin"), s.breakIn().stream().limit(3).toList())
                    .cite(Cite.fact(k, s.source(), pay.asOf(), s.id()))
                    .cite(Cite.entry(k, s));
            return b.shareAs("salary " + s.id() + (q.level == null ? "" : " " + levelWord()))
                    .build();
        }

        private String levelWord() {
            return q.level == Salary.Level.EARLY ? "early" : "senior";
        }

        private Reply payCompared(Specialization foundA, Specialization foundB) {
            Specialization a = face(foundA);
            Specialization b = face(foundB);
            Salary.Level level = q.level;
            String lead;
            if (level != null) {
                long am = a.salary().band(level).max();
                long bm = b.salary().band(level).max();
                long an = a.salary().band(level).min();
                long bn = b.salary().band(level).min();
                String verdict = am == bm && an == bn
                        ? m("compare.same")
                        : am + an > bm + bn ? m("compare.more", a.name()) : m("compare.more", b.name());
                lead = m(
                        "compare.level." + level.name().toLowerCase(Locale.ROOT),
                        a.name(),
                        Pay.band(a.salary(), level),
                        b.name(),
                        Pay.band(b.salary(), level),
                        Pay.basis(a.salary(), lang),
                        verdict);
            } else {
                boolean same = a.salary().early().equals(b.salary().early())
                        && a.salary().senior().equals(b.salary().senior());
                lead = m(
                        "compare.both",
                        a.name(),
                        Pay.band(a.salary(), Salary.Level.EARLY),
                        Pay.band(a.salary(), Salary.Level.SENIOR),
                        b.name(),
                        Pay.band(b.salary(), Salary.Level.EARLY),
                        Pay.band(b.salary(), Salary.Level.SENIOR),
                        Pay.basis(a.salary(), lang),
                        same ? " " + m("compare.same") : "");
            }
            Reply.Builder r = Reply.builder(Reply.Kind.ANSWER, m("compare.title", a.name(), b.name()))
                    .text(lead);
            for (Specialization s : List.of(a, b)) {
                r.field(m("pay.of", s.name(), Pay.basis(s.salary(), lang)), Pay.levels(s.salary(), lang));
                r.cite(Cite.fact(k, s.source(), s.salary().asOf(), s.id())).cite(Cite.entry(k, s));
            }
            return r.shareAs("compare " + a.id() + " " + b.id()).build();
        }

        /** Highest or lowest pay at the level asked (senior when none), computed from the figures. */
        private Reply payRanked() {
            Salary.Level level = q.level == null ? Salary.Level.SENIOR : q.level;
            List<Specialization> pool = new ArrayList<>(k.specializations().all());
            Set<String> excluded = new HashSet<>();
            q.excluded.forEach(e -> excluded.add(e.id()));
            pool.removeIf(s -> excluded.contains(s.id()));
            Comparator<Specialization> byPay = Comparator.comparingLong((Specialization s) ->
                    s.salary().band(level).max() + s.salary().band(level).min());
            pool.sort(byPay.reversed());
            boolean lowest = q.has(Cue.LEAST) && !q.has(Cue.MOST) || q.has(Cue.LEAST) && leastBefore();
            Specialization top = lowest ? pool.get(pool.size() - 1) : pool.get(0);
            String lead = m(
                    lowest ? "rank.pay.least" : "rank.pay.most",
                    top.name(),
                    m("level." + level.name().toLowerCase(Locale.ROOT)),
                    Pay.band(top.salary(), level),
                    Pay.basis(top.salary(), lang));
            if (q.level == null && !lowest) {
                Salary.Level other = Salary.Level.EARLY;
                lead += " "
                        + m(
                                "rank.pay.also",
                                m("level." + other.name().toLowerCase(Locale.ROOT)),
                                Pay.band(top.salary(), other));
            }
            if (!q.excluded.isEmpty()) lead += " " + m("rank.excluding", names(q.excluded));
            Reply.Builder b = Reply.builder(
                            Reply.Kind.ANSWER,
                            m("rank.pay.title", m("level." + level.name().toLowerCase(Locale.ROOT))))
                    .text(lead);
            StringJoiner table = new StringJoiner("\n");
            List<Specialization> shown = q.has(Cue.LIST_ALL)
                    ? pool
                    : lowest ? pool.subList(pool.size() - 2, pool.size()) : pool.subList(0, 2);
            for (Specialization s : shown) {
                table.add(s.name() + ": " + Pay.band(s.salary(), level));
                b.cite(Cite.fact(k, s.source(), s.salary().asOf(), s.id()));
            }
            b.field(
                    m(
                            q.has(Cue.LIST_ALL) ? "rank.pay.table" : "rank.pay.top",
                            m("level." + level.name().toLowerCase(Locale.ROOT)),
                            Pay.basis(top.salary(), lang)),
                    table.toString());
            b.cite(Cite.entry(k, top));
            return b.shareAs("salary " + (level == Salary.Level.EARLY ? "early" : "senior"))
                    .build();
        }

        /** "lowest ... most" reads as lowest when the low word comes first. */
        private boolean leastBefore() {
            int least = Integer.MAX_VALUE;
            int most = Integer.MAX_VALUE;
            for (Lexicon.Mention mention : q.mentions) {
                if (!(mention.target() instanceof Lexicon.CueTarget c) || mention.start() < 0) continue;
                if (c.cue() == Cue.LEAST) least = Math.min(least, mention.start());
                if (c.cue() == Cue.MOST) most = Math.min(most, mention.start());
            }
            return least < most;
        }

        private Reply payTable(Salary.@Nullable Level level) {
            Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, m("table.title"));
            Salary first = k.specializations().all().get(0).salary();
            for (Specialization s : k.specializations().all()) {
                b.inline(s.name(), level == null ? Pay.levels(s.salary(), lang) : Pay.line(s.salary(), level, lang));
                b.cite(Cite.fact(k, s.source(), s.salary().asOf(), s.id()));
            }
            Role role = k.data().role();
            b.field(role.name() + " (" + Pay.basis(role.pay(), lang) + ")", Pay.figures(role.pay(), lang));
            b.cite(Cite.fact(k, role.source(), role.pay().asOf(), role.id()));
            return b.text(m("table.lead", Pay.basis(first, lang), surface.command("salary <name> [early|senior]")))
                    .shareAs("salary")
                    .build();
        }

        private Reply rolePay() {
            return Cards.rolePay(k, q.employers.size() == 1 ? face(q.employers.get(0)) : null, lang)
                    .build();
        }

        private Reply rolePayRanked() {
            Role role = k.data().role();
            Role.Pay pay = role.pay();
            Role.Figure top = pay.figures().stream()
                    .max(Comparator.comparingLong((Role.Figure f) -> f.max() + f.min()))
                    .orElseThrow();
            return Reply.builder(Reply.Kind.ANSWER, m("role.pay.title", role.name()))
                    .text(m("role.pay.most", top.employer(), Pay.range(pay, top), top.basis(), Pay.basis(pay, lang)))
                    .field(m("pay.of", role.name(), Pay.basis(pay, lang)), Pay.figures(pay, lang))
                    .cite(Cite.fact(k, role.source(), pay.asOf(), role.id()))
                    .shareAs("role pay")
                    .build();
        }

        // ---------------------------------------------------------------- rankings the data states

        private @Nullable Reply ranking() {
            boolean superlative = q.any(Cue.MOST, Cue.LEAST);
            boolean comparing = q.has(Cue.COMPARISON) && q.specs.size() + q.paths.size() >= 2;
            if (!superlative && !comparing) return null;
            boolean aboutWhich = q.any(Cue.WHICH_KIND, Cue.PATH_WORDS) || !q.specs.isEmpty() || !q.paths.isEmpty();
            if (!aboutWhich || q.has(Cue.SKILLS)) return null;
            if (q.specsKept().size() == 1 && !comparing) return null; // a superlative about one is a question about it
            boolean paths = q.has(Cue.PATH_WORDS) && q.specs.isEmpty() || !q.paths.isEmpty() && q.specs.isEmpty();
            Standing claim = null;
            boolean easy = q.has(Cue.EASY) || q.has(Cue.LEAST);
            boolean hard = q.has(Cue.HARD) || q.has(Cue.MOST) && !q.has(Cue.EASY);
            if (q.has(Cue.GET_HIRED) && (easy || q.has(Cue.MOST))) claim = Standing.EASIEST_TO_GET_HIRED;
            else if (q.has(Cue.COMPETITION)) claim = Standing.MOST_COMPETITIVE_ENTRY;
            else if (q.any(Cue.BARRIER, Cue.BREAK_IN))
                claim = easy ? Standing.LOWEST_BARRIER : hard ? Standing.HIGHEST_BARRIER : null;
            else if (q.has(Cue.OPENINGS)) claim = q.has(Cue.LEAST) ? Standing.FEWEST_OPENINGS : Standing.MOST_OPENINGS;
            if (claim == null) return null;
            if (comparing && q.has(Cue.OPENINGS)) return hiringCompared();
            if (!superlative) return null;
            Entry holder = null;
            List<? extends Entry> pool =
                    paths ? k.paths().all() : k.specializations().all();
            for (Entry e : pool) {
                List<Standing> s = e instanceof Specialization sp
                        ? sp.standsOut()
                        : e instanceof CareerPath p ? p.standsOut() : List.of();
                if (s.contains(claim)) holder = e;
            }
            if (holder == null && paths) {
                for (Specialization s : k.specializations().all())
                    if (s.standsOut().contains(claim)) holder = s;
            }
            if (holder == null) return notCovered(m("nc.rank"));
            String claimText = m("standing." + claim.name().toLowerCase(Locale.ROOT));
            Reply.Builder b =
                    Reply.builder(Reply.Kind.ANSWER, holder.name()).text(m("rank.claim", holder.name(), claimText));
            if (holder instanceof Specialization s) {
                b.field(m("field.hiring"), s.hiring()).field(m("field.fit"), s.fit());
                Cards.specialization(b, k, s);
                if (claim == Standing.LOWEST_BARRIER || q.has(Cue.PAY) || q.level != null) {
                    b.text(m("rank.claim", holder.name(), claimText) + " "
                            + m(
                                    "pay.level.early",
                                    s.name(),
                                    Pay.band(s.salary(), Salary.Level.EARLY),
                                    Pay.basis(s.salary(), lang)));
                }
                return b.shareAs("specialization " + s.id()).build();
            }
            CareerPath p = (CareerPath) holder;
            b.field(m("field.outlook"), p.outlook());
            Cards.path(b, k, p);
            return b.shareAs("path " + p.id()).build();
        }

        private Reply hiringCompared() {
            List<Entry> named = new ArrayList<>();
            named.addAll(faces(q.specs));
            named.addAll(faces(q.paths));
            Reply.Builder b = Reply.builder(
                    Reply.Kind.ANSWER,
                    m("compare.title", named.get(0).name(), named.get(1).name()));
            StringJoiner lead = new StringJoiner(" ");
            for (Entry e : named.subList(0, 2)) {
                String outlook = e instanceof Specialization s ? s.hiring() : ((CareerPath) e).outlook();
                lead.add(e.name() + ": " + Retrieval.sentences(outlook).get(0));
                b.field(e.name(), outlook).cite(Cite.entry(k, e));
            }
            return b.text(lead.toString()).build();
        }

        // ---------------------------------------------------------------- switching

        private @Nullable Reply switching() {
            List<Entry> origins = new ArrayList<>();
            for (Lexicon.Mention mention : ordered()) {
                Entry e = ((Lexicon.EntryTarget) mention.target()).entry();
                if ((e instanceof Specialization || e instanceof Background) && !origins.contains(e)) origins.add(e);
            }
            boolean cue = q.has(Cue.SWITCHING);
            Switching sw = k.data().switching();
            if (!cue) return null;
            if (origins.size() >= 2 && origins.get(origins.size() - 1) instanceof Specialization to) {
                Entry from = origins.get(0);
                if (from.equals(to)) return null;
                if (isPay() && q.level != null) return specPay(to);
                return pair(sw, from, to);
            }
            boolean superlative = q.any(Cue.MOST, Cue.LEAST);
            if (superlative && q.any(Cue.EASY, Cue.HARD) || superlative && origins.size() == 1) {
                return movesRanked(sw, origins.isEmpty() ? null : origins.get(0));
            }
            if (!origins.isEmpty() && !q.has(Cue.DURATION)) return null;
            return switchingGeneral(sw);
        }

        /** Entry mentions in the order typed. */
        private List<Lexicon.Mention> ordered() {
            List<Lexicon.Mention> out = new ArrayList<>();
            Set<Entry> kept = new HashSet<>();
            kept.addAll(q.specs);
            kept.addAll(q.backgrounds);
            for (Lexicon.Mention mention : q.mentions) {
                if (mention.target() instanceof Lexicon.EntryTarget t && kept.contains(t.entry())) out.add(mention);
            }
            out.sort(Comparator.comparingInt(mention -> mention.start() >= 0
                    ? mention.start()
                    : q.prepared.replace(" ", "").indexOf(mention.phrase().squeezed()) * 100));
            return out;
        }

        private Reply pair(Switching sw, Entry foundFrom, Specialization foundTo) {
            Entry from = face(foundFrom);
            Specialization to = face(foundTo);
            Move move = sw.moves().stream()
                    .filter(mv -> mv.from().equals(from.id()) && mv.to().equals(to.id()))
                    .findFirst()
                    .orElse(null);
            Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, m("switch.title", from.name(), to.name()));
            if (move != null && !move.difficulty().rated()) {
                b.text(m("switch.suggested", from.name(), to.name(), move.why()));
            } else if (move != null) {
                String rating = m("difficulty." + move.difficulty().name().toLowerCase(Locale.ROOT));
                b.text(
                        move.why().toLowerCase(Locale.ROOT).contains(rating)
                                ? m("switch.said", from.name(), to.name(), move.why())
                                : m("switch.rated", from.name(), to.name(), rating, move.why()));
            } else if (from instanceof Background bg && bg.suggests().contains(to.id())) {
                b.text(m("switch.suggested", bg.name(), to.name(), bg.note())).cite(Cite.entry(k, bg));
            } else {
                Move reverse = sw.moves().stream()
                        .filter(mv -> mv.from().equals(to.id()) && mv.to().equals(from.id()))
                        .findFirst()
                        .orElse(null);
                String said = reverse == null
                        ? m("switch.unrated.none", sw.cost())
                        : m(
                                "switch.unrated.reverse",
                                to.name(),
                                from.name(),
                                m("difficulty." + reverse.difficulty().name().toLowerCase(Locale.ROOT)),
                                reverse.why());
                Reply.Builder nc = Reply.builder(Reply.Kind.NOT_COVERED, m("nc.title"))
                        .text(m("switch.unrated", from.name(), to.name()) + " " + said);
                nc.cite(Cite.entry(k, sw));
                return nc.build();
            }
            b.field(m("switch.cost"), from instanceof Specialization ? sw.cost() : m("switch.nocost"));
            b.list(m("switch.learn", to.name()), to.skills());
            b.list(m("field.breakin"), to.breakIn().stream().limit(3).toList());
            if (from instanceof Specialization fs) {
                b.field(
                        m("switch.paychange", Pay.basis(to.salary(), lang)),
                        Pay.change(fs.salary(), to.salary(), lang));
                b.cite(Cite.fact(k, fs.source(), fs.salary().asOf(), fs.id()));
            } else {
                b.field(m("pay.of", to.name(), Pay.basis(to.salary(), lang)), Pay.levels(to.salary(), lang));
                b.cite(Cite.entry(k, from));
            }
            return b.cite(Cite.entry(k, sw))
                    .cite(Cite.entry(k, to))
                    .cite(Cite.fact(k, to.source(), to.salary().asOf(), to.id()))
                    .shareAs("switch " + from.id() + " " + to.id())
                    .build();
        }

        private Reply movesRanked(Switching sw, @Nullable Entry from) {
            boolean easy = q.has(Cue.EASY) && !q.has(Cue.HARD);
            List<Move> moves = sw.moves().stream()
                    .filter(mv -> from == null || mv.from().equals(from.id()))
                    .filter(mv -> easy
                            ? mv.difficulty().rated() && mv.difficulty() != Move.Difficulty.HARD
                            : mv.difficulty() == Move.Difficulty.HARD)
                    .sorted(Comparator.comparing(Move::difficulty))
                    .toList();
            if (moves.isEmpty()) return switchingGeneral(sw);
            Move best = moves.get(0);
            String fromName = k.origins().require(best.from()).name();
            String toName = k.specializations().require(best.to()).name();
            Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, m("switch.title", fromName, toName))
                    .text(m(
                            easy ? "switch.easiest" : "switch.hardest",
                            fromName,
                            toName,
                            m("difficulty." + best.difficulty().name().toLowerCase(Locale.ROOT)),
                            best.why()));
            b.list(m("switch.known"), moveLines(sw.moves()));
            b.field(m("switch.cost"), sw.cost());
            return b.cite(Cite.entry(k, sw))
                    .shareAs("switch " + best.from() + " " + best.to())
                    .build();
        }

        private Reply switchingGeneral(Switching sw) {
            Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, name(sw))
                    .text(
                            q.has(Cue.DURATION)
                                    ? m(
                                            "switch.howlong",
                                            sw.costMonths().min(),
                                            sw.costMonths().max(),
                                            sw.cost())
                                    : sw.summary())
                    .field(m("switch.cost"), sw.cost())
                    .list(m("switch.known"), moveLines(sw.moves()))
                    .list(m("switch.advice"), sw.advice());
            return b.cite(Cite.entry(k, sw)).build();
        }

        private List<String> moveLines(List<Move> moves) {
            List<String> out = new ArrayList<>();
            for (Move mv : moves) {
                out.add(k.origins().require(mv.from()).name() + " \u2192 "
                        + k.specializations().require(mv.to()).name() + " ("
                        + m("difficulty." + mv.difficulty().name().toLowerCase(Locale.ROOT)) + "): " + mv.why());
            }
            return out;
        }

        // ---------------------------------------------------------------- who you are

        private @Nullable Reply background() {
            if (q.backgrounds.isEmpty()) return null;
            Background bg = face(q.backgrounds.get(0));
            boolean onlyTheirs = q.specs.stream().allMatch(s -> bg.suggests().contains(s.id()));
            boolean aboutThem = q.any(Cue.SELF, Cue.FIT) || q.specs.isEmpty() && q.paths.isEmpty() && q.terms.isEmpty();
            if (!onlyTheirs || !aboutThem || q.has(Cue.EDUCATION) && !q.has(Cue.SELF)) return null;
            List<Specialization> suggested = bg.suggests().stream()
                    .map(id -> k.specializations().require(id))
                    .toList();
            Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, m("background.title", bg.name()))
                    .text(m("background.lead", bg.name(), names(bg.suggests(), "or"), bg.note()));
            for (Specialization s : suggested) {
                String first = s.breakIn().isEmpty()
                        ? ""
                        : "\n" + m("background.first", s.breakIn().get(0));
                b.field(
                        s.name() + " (" + Pay.basis(s.salary(), lang) + ")",
                        Pay.levels(s.salary(), lang) + first + "\n" + s.summary());
                b.cite(Cite.fact(k, s.source(), s.salary().asOf(), s.id())).cite(Cite.entry(k, s));
            }
            return b.cite(Cite.entry(k, bg))
                    .shareAs("switch " + bg.id() + " " + suggested.get(0).id())
                    .build();
        }

        // ---------------------------------------------------------------- terms, specializations, paths

        private @Nullable Reply term() {
            if (q.terms.isEmpty()) return null;
            Term t = face(q.terms.get(0));
            boolean field = q.any(Cue.SKILLS, Cue.BREAK_IN, Cue.DAY_TO_DAY, Cue.HIRING_OUTLOOK, Cue.EDUCATION, Cue.FIT);
            boolean defining = q.has(Cue.DEFINITION) || q.leftover == 0 && !field;
            if (!defining) return null;
            Reply.Builder b =
                    Reply.builder(Reply.Kind.ANSWER, t.name()).text(t.text()).cite(Cite.entry(k, t));
            for (String id : t.see()) {
                Entry e = entry(id);
                if (e == null) continue;
                b.field(m("see.also", name(e)), summaryOf(e));
                b.cite(Cite.entry(k, e));
            }
            return b.shareAs(share()).build();
        }

        /** A name alone, or "what is" and a name: the entry whole. */
        private @Nullable Reply bareName() {
            boolean alone = q.leftover == 0 || q.has(Cue.DEFINITION) && q.leftover <= 1;
            if (!alone || q.any(ASKS_FOR_A_PART)) return null;
            List<Specialization> specs = q.specsKept();
            if (specs.size() == 1 && q.paths.isEmpty() && q.topics.isEmpty() && !q.role) {
                Specialization s = face(specs.get(0));
                return Cards.specialization(
                                Reply.builder(Reply.Kind.ANSWER, s.name()).text(s.summary()), k, s)
                        .shareAs("specialization " + s.id())
                        .build();
            }
            if (q.paths.size() == 1 && specs.isEmpty() && q.topics.isEmpty() && !q.role) {
                CareerPath p = face(q.paths.get(0));
                return Cards.path(Reply.builder(Reply.Kind.ANSWER, p.name()).text(p.summary()), k, p)
                        .shareAs("path " + p.id())
                        .build();
            }
            return null;
        }

        private Reply bothPaths() {
            List<CareerPath> all = k.paths().all();
            Topic advice = k.data().pathsAdvice();
            Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, m("paths.title"))
                    .text(m(
                                    "paths.lead",
                                    all.size(),
                                    names(all.stream().map(Entry::id).toList(), "and")) + " " + advice.summary());
            for (CareerPath p : all) {
                b.field(p.name(), p.summary() + "\n" + p.education());
                b.cite(Cite.entry(k, p));
            }
            b.cite(Cite.entry(k, advice));
            return b.shareAs("paths").build();
        }

        // ---------------------------------------------------------------- passages

        private Reply retrieve() {
            return retrieveWithin(e -> true);
        }

        private Reply retrieveWithin(java.util.function.Predicate<Entry> allowed) {
            return retrieveAmong(u -> allowed.test(u.entry()), false);
        }

        /**
         * The passage that best answers among those {@code allowed}; {@code oneEntry} when they all belong
         * to the one entry the question names, so its name tells them apart by nothing.
         */
        private Reply retrieveAmong(java.util.function.Predicate<Retrieval.Unit> allowed, boolean oneEntry) {
            Set<Entry> named = new HashSet<>();
            named.addAll(q.specs);
            named.addAll(q.paths);
            named.addAll(q.topics);
            named.addAll(q.terms);
            named.addAll(q.backgrounds);
            if (q.role) named.add(en.data().role());
            double boost = 1.5;
            if (q.role && q.any(Cue.TIME_SHARE, Cue.SCORE)) {
                // "how much of an LLM engineer's time goes to training": the role is the subject.
                named.clear();
                named.add(en.data().role());
                boost = 2.5;
            }
            List<Retrieval.Hit> found = retrieval.search(q.weighted, allowed, named, boost, 40);
            if (oneEntry) {
                found = found.stream()
                        .map(h -> new Retrieval.Hit(h.unit(), h.withinDoc(), h.within(), h.within(), h.withinDoc()))
                        .toList();
            }
            // Passages that account for too little of the question do not answer it, however well they score.
            List<Retrieval.Hit> hits = byCoverage(found).stream()
                    .filter(h -> coverage(q, h) >= MIN_COVERAGE)
                    .toList();
            if (hits.isEmpty()) return notCovered(m("nc.nothing", quoted()));
            if (q.any(Cue.COUNT, Cue.DURATION)) {
                // "how many...", "how long...": only a passage that states a number answers.
                // A length of time ("2–3 months") or a figure ("163%", "month 4") answers "how long"; a
                // number in words ("at least one") does not.
                // "How many" is answered by a count of the thing asked about, not by a salary or a score.
                boolean time = q.has(Cue.DURATION);
                Set<String> counted = new HashSet<>();
                if (q.counted != null) {
                    counted.add(q.counted);
                } else {
                    counted.addAll(q.leftoverTerms);
                    q.nameTerms.values().forEach(counted::addAll);
                    q.synonyms.forEach(syn -> counted.addAll(syn.all()));
                }
                List<Retrieval.Hit> numbered = hits.stream()
                        .filter(h -> time
                                ? Words.hasDuration(h.doc().text())
                                        || Words.hasDigit(h.doc().text())
                                : Words.countsAny(h.doc().text(), counted))
                        .toList();
                if (numbered.isEmpty()) return notCovered(m("nc.number", quoted()));
                hits = numbered;
            }
            Retrieval.Hit top = hits.get(0);
            Entry hit = top.unit().entry();
            Entry.Passage inEnglish = top.unit().passage();
            Entry e = face(hit);
            Entry.Passage p = face(hit, inEnglish);
            String lead = face(top.unit(), top.doc());
            // A short part is the answer, all of it, when it was asked for ("what skills does X need"), found
            // by its heading alone, or is a list, whose one item would be a fragment ("which certs"). Whether
            // it is short is judged in English, so an answer has the same shape in every language.
            boolean byHeading = top.doc().terms().stream().noneMatch(q::ownTerm);
            boolean item = inEnglish.items().contains(top.doc().text());
            boolean allOfIt = (oneEntry || byHeading || item)
                    && Cards.inline(inEnglish.text(), inEnglish.items()).length() <= Cards.WHOLE_PART_MAX;
            if (allOfIt) lead = inline(p);
            Reply.Builder b = Reply.builder(Reply.Kind.ANSWER, name(e) + " \u203A " + label(p))
                    .text(lead);
            if (!allOfIt) b.field(label(p), p.body());
            b.cite(Cite.fact(k, e.source(), p.asOf(), e.id()));
            if (e instanceof Term t) {
                // A glossary term is defined from the entries it points to: show and cite them too.
                for (String id : t.see()) {
                    Entry seen = entry(id);
                    if (seen == null) continue;
                    b.field(m("see.also", name(seen)), summaryOf(seen)).cite(Cite.entry(k, seen));
                }
            }
            for (Specialization s : faces(specsIn(top.doc().text()))) {
                if (s.id().equals(e.id()) && s.getClass().equals(e.getClass())) continue;
                b.field(m("see.also", s.name()), s.summary()).cite(Cite.entry(k, s));
            }
            for (Retrieval.Hit h : hits.subList(1, hits.size())) {
                if (h.unit().entry().equals(hit) || h.score() < top.score() * 0.7) continue;
                Entry other = face(h.unit().entry());
                Entry.Passage part = face(h.unit().entry(), h.unit().passage());
                b.field(m("see.also", name(other) + " \u203A " + label(part)), face(h.unit(), h.doc()));
                b.cite(Cite.fact(k, other.source(), part.asOf(), other.id()));
                break;
            }
            return b.shareAs(share()).build();
        }

        /**
         * Hits ranked again by how much of the question each accounts for: a passage that matches a few
         * words strongly loses to one nearly as strong that speaks of everything asked.
         */
        private List<Retrieval.Hit> byCoverage(List<Retrieval.Hit> hits) {
            IdentityHashMap<Retrieval.Hit, Double> ranked = new IdentityHashMap<>(); // each hit, even equal ones
            for (Retrieval.Hit h : hits)
                ranked.put(h, h.score() * (1 - COVERAGE_SHARE + COVERAGE_SHARE * coverage(q, h)));
            List<Retrieval.Hit> out = new ArrayList<>(hits);
            out.sort(Comparator.comparingDouble((Retrieval.Hit h) -> ranked.get(h))
                    .reversed());
            return out;
        }

        /** Specializations a lead names ("Debugging GPU memory: serving."), to show and cite beside it. */
        private List<Specialization> specsIn(String text) {
            Question inner = new Question(text, lexicon);
            return inner.specs.size() == 1 ? inner.specs : List.of();
        }

        // ---------------------------------------------------------------- helpers

        /** The question as asked, on one line and cut short, to say what found nothing. */
        private String quoted() {
            String one = q.raw.strip().replaceAll("\\s+", " ");
            if (one.codePointCount(0, one.length()) <= QUOTE_MAX) return one;
            return one.substring(0, one.offsetByCodePoints(0, QUOTE_MAX - 1)).strip() + "\u2026";
        }

        private String share() {
            return dev.careermentor.core.command.AskCommand.canonical(q.raw);
        }

        private @Nullable Entry entry(String id) {
            for (Entry e : k.data().entries()) {
                if (e.id().equals(id)) return e;
            }
            return null;
        }

        private String summaryOf(Entry e) {
            for (Entry.Passage p : e.passages()) {
                if (p.text() != null) return Retrieval.sentences(p.text()).get(0);
            }
            return e.name();
        }

        private String names(java.util.Collection<?> idsOrEntries, String joiner) {
            List<String> out = new ArrayList<>();
            for (Object o : idsOrEntries) {
                if (o instanceof Entry e) out.add(name(face(e)));
                else {
                    Entry e = entry((String) o);
                    out.add(e == null ? String.valueOf(o) : e.name());
                }
            }
            return String.join(" " + m("join." + joiner) + " ", out);
        }

        private String names(java.util.Collection<?> entries) {
            return names(entries, "and");
        }
    }
}
