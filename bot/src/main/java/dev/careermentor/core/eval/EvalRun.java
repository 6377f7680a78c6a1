package dev.careermentor.core.eval;

import dev.careermentor.core.Mentor;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Citation;
import dev.careermentor.core.reply.PlainText;
import dev.careermentor.core.reply.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Runs the evaluation set through a {@link Mentor} as a user would type each question, and checks each
 * answer against what the case expects. Each case is asked by a user of its own, so no case sees
 * another's quiz or history.
 */
public final class EvalRun {
    /** The bar the build holds: overall, every category, and every question the sources do not cover. */
    public static final double OVERALL = 0.90;

    public static final double PER_CATEGORY = 0.85;

    /**
     * A Chinese case's answer is written in Chinese when Han characters are more than this share of the
     * letters of its title, text and fields ({@link #hanShare}).
     */
    public static final double CHINESE = 0.30;

    /** One case's outcome: what failed (empty when it passed) and what came back. */
    public record Outcome(EvalFile.Case c, List<String> failures, Reply reply) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /** Passed and total of one slice of the set. */
    public record Score(int passed, int total) {
        public double rate() {
            return total == 0 ? 1 : (double) passed / total;
        }

        Score plus(boolean pass) {
            return new Score(passed + (pass ? 1 : 0), total + 1);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%3d/%-3d %5.1f%%", passed, total, 100 * rate());
        }
    }

    /** Every outcome, with the scores by category and language. */
    public record Report(List<Outcome> outcomes) {
        public Score overall() {
            Score s = new Score(0, 0);
            for (Outcome o : outcomes) s = s.plus(o.passed());
            return s;
        }

        public Map<String, Score> byCategory() {
            Map<String, Score> out = new TreeMap<>();
            for (Outcome o : outcomes) out.merge(o.c().category(), new Score(0, 0).plus(o.passed()), Report::sum);
            return out;
        }

        public Map<String, Score> byLanguage() {
            Map<String, Score> out = new TreeMap<>();
            for (Outcome o : outcomes) {
                out.merge(o.c().lang().name().toLowerCase(Locale.ROOT), new Score(0, 0).plus(o.passed()), Report::sum);
            }
            return out;
        }

        /** Chinese questions answered in Chinese ({@link #inChinese}). */
        public Score chinese() {
            Score s = new Score(0, 0);
            for (Outcome o : outcomes) {
                if (o.c().lang() == EvalFile.Lang.ZH) s = s.plus(inChinese(o.reply()));
            }
            return s;
        }

        /** Questions the sources do not cover that got the honest answer. */
        public Score honest() {
            Score s = new Score(0, 0);
            for (Outcome o : outcomes) {
                if (o.c().expect().honest()) s = s.plus(o.reply().kind() == Reply.Kind.NOT_COVERED);
            }
            return s;
        }

        public List<Outcome> misses() {
            return outcomes.stream().filter(o -> !o.passed()).toList();
        }

        /** Why the set is below the bar, one line each; empty when it meets it. */
        public List<String> belowBar() {
            List<String> out = new ArrayList<>();
            if (overall().rate() < OVERALL)
                out.add("overall " + overall() + " is below " + (int) (OVERALL * 100) + "%");
            byCategory().forEach((cat, s) -> {
                if (s.rate() < PER_CATEGORY) {
                    out.add("category " + cat + " " + s + " is below " + (int) (PER_CATEGORY * 100) + "%");
                }
            });
            if (honest().passed() < honest().total()) {
                out.add("only " + honest() + " of the questions the sources do not cover got the honest answer");
            }
            return out;
        }

        private static Score sum(Score a, Score b) {
            return new Score(a.passed() + b.passed(), a.total() + b.total());
        }
    }

    private EvalRun() {}

    public static Report run(Mentor mentor, EvalFile file) {
        List<Outcome> outcomes = new ArrayList<>();
        for (EvalFile.Case c : file.cases()) {
            User user = new User(Surface.CONSOLE, "eval", "case-" + c.id());
            Reply reply = mentor.handleText(user, c.q());
            outcomes.add(new Outcome(c, check(c, reply), reply));
        }
        return new Report(outcomes);
    }

    /** What the answer lacks or has too much of; empty when it is right. */
    static List<String> check(EvalFile.Case c, Reply reply) {
        EvalFile.Expect e = c.expect();
        List<String> failures = new ArrayList<>();
        String all = normal(PlainText.render(reply));
        String lead = normal(reply.text());
        Set<String> cited = reply.citations().stream().map(Citation::entryId).collect(Collectors.toSet());
        for (String id : e.entries()) {
            if (!cited.contains(id)) failures.add("does not cite entry " + id + " (cites " + cited + ")");
        }
        for (String d : e.direct()) {
            if (!lead.contains(normal(d))) failures.add("lead lacks \u201C" + d + "\u201D");
        }
        for (String d : e.contains()) {
            if (!all.contains(normal(d))) failures.add("answer lacks \u201C" + d + "\u201D");
        }
        for (String d : e.notContains()) {
            if (all.contains(normal(d))) failures.add("answer holds \u201C" + d + "\u201D, which it must not");
        }
        if (e.honest() && reply.kind() != Reply.Kind.NOT_COVERED) {
            failures.add("should say plainly that the sources do not cover it");
        }
        if (!e.honest() && reply.kind() == Reply.Kind.NOT_COVERED) {
            failures.add("said the sources do not cover it, but they do");
        }
        if (c.lang() == EvalFile.Lang.ZH && !inChinese(reply)) {
            failures.add(String.format(
                    Locale.ROOT,
                    "is not answered in Chinese (Han characters are %.0f%% of its letters; more than %.0f%% needed)",
                    100 * hanShare(reply),
                    100 * CHINESE));
        }
        if (e.smalltalk()) {
            long tries = reply.buttons().stream()
                    .filter(b -> b.kind() == Button.Kind.SUGGESTION)
                    .count();
            if (reply.kind() != Reply.Kind.NOTICE
                    || tries < 3
                    || !reply.citations().isEmpty()) {
                failures.add("should be a short friendly reply with things to try");
            }
        }
        return failures;
    }

    /**
     * Whether an answer is written in Chinese: Han characters are more than {@link #CHINESE} of its letters.
     * The same facts read the same in both languages, so only the words around them count.
     */
    public static boolean inChinese(Reply reply) {
        return hanShare(reply) > CHINESE;
    }

    /**
     * The share of Han characters among the letters of an answer's title, text and fields (their names and
     * values), as {@link dev.careermentor.core.i18n.Lang#hanShare} counts them: names in Latin script (a
     * word with a capital letter or a digit: RAG, MLOps, PyTorch, FAANG), figures and money do not count;
     * every other Latin letter counts against it. The source line, the citations and the buttons are not
     * read.
     */
    public static double hanShare(Reply reply) {
        StringBuilder all = new StringBuilder(reply.title()).append('\n').append(reply.text());
        for (dev.careermentor.core.reply.Field f : reply.fields()) {
            all.append('\n').append(f.name()).append('\n').append(f.value());
        }
        return dev.careermentor.core.i18n.Lang.hanShare(all);
    }

    /** Lowercase with whitespace collapsed: what the comparison sees. */
    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** The report as people read it: a table by category, then every miss with what came back. */
    public static String format(Report r) {
        StringBuilder sb = new StringBuilder();
        Map<String, Score> rows = new LinkedHashMap<>(r.byCategory());
        sb.append(String.format(Locale.ROOT, "%-16s %s%n", "category", "passed  rate"));
        rows.forEach((cat, s) -> sb.append(String.format(Locale.ROOT, "%-16s %s%n", cat, s)));
        r.byLanguage().forEach((lang, s) -> sb.append(String.format(Locale.ROOT, "%-16s %s%n", "language " + lang, s)));
        sb.append(String.format(Locale.ROOT, "%-16s %s%n", "honest", r.honest()));

        sb.append(String.format(Locale.ROOT, "%-16s %s%n", "overall", r.overall()));
        Score zh = r.chinese();
        sb.append(String.format(
                Locale.ROOT, "answered in Chinese: %d/%d %5.1f%%%n", zh.passed(), zh.total(), 100 * zh.rate()));
        return sb.toString();
    }

    public static String misses(Report r) {
        StringBuilder sb = new StringBuilder();
        for (Outcome o : r.misses()) {
            sb.append("MISS ")
                    .append(o.c().id())
                    .append(" [")
                    .append(o.c().category())
                    .append("] ")
                    .append(o.c().q())
                    .append('\n');
            for (String f : o.failures()) sb.append("     - ").append(f).append('\n');
            String got = o.reply().title() + ": " + o.reply().text();
            sb.append("     got ")
                    .append(o.reply().kind().name().toLowerCase(Locale.ROOT))
                    .append(": ")
                    .append(got.length() > 240 ? got.substring(0, 240) + "\u2026" : got)
                    .append('\n');
        }
        return sb.toString();
    }
}
