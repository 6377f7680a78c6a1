package dev.careermentor.core.quiz;

import dev.careermentor.core.User;
import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.component.ComponentIds.Op;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Move;
import dev.careermentor.core.knowledge.model.Quiz;
import dev.careermentor.core.knowledge.model.Specialization;
import dev.careermentor.core.knowledge.model.Switching;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Cite;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.session.QuizSession;
import dev.careermentor.core.text.Names;
import dev.careermentor.core.text.Pay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** Renders quiz questions and results as replies. */
final class QuizView {
    private QuizView() {}

    static Reply question(Knowledge k, User user, QuizSession s) {
        Quiz.Question q = current(k, s);
        return questionWith(k, user, s, s.answers().isEmpty() ? k.quiz().intro() + "\n\n" + q.text() : q.text())
                .build();
    }

    /** The same question again, after a typed line that answers nothing, with how to answer it. */
    static Reply reasked(Knowledge k, User user, QuizSession s) {
        Quiz.Question q = current(k, s);
        return questionWith(k, user, s, q.text() + "\n\n" + hint(q)).build();
    }

    /** The question a quiz in progress stands at, with a Restart button for starting over. */
    static Reply resumed(Knowledge k, User user, QuizSession s) {
        Quiz.Question q = current(k, s);
        String where = "You're on question " + (s.answers().length() + 1) + " of "
                + k.quiz().questions().size() + ". Answer it below, or type restart to start over.";
        return questionWith(k, user, s, where + "\n\n" + q.text())
                .button(new Button(
                        "Restart",
                        ComponentIds.quiz(s.tag(), ComponentIds.owner(user), s.quizId(), s.answers(), Op.RESTART, -1),
                        Button.Kind.NAVIGATION))
                .build();
    }

    static String hint(Quiz.Question q) {
        return "Answer with a number from 1 to " + q.options().size() + ", or type back, restart or cancel.";
    }

    /**
     * The option whose label is {@code typed}, or starts with it (three characters at least) when only
     * one does, ignoring case and punctuation; -1 when none or several fit.
     */
    static int optionNamed(Quiz.Question q, String typed) {
        String needle = Names.normalize(typed);
        if (needle.isEmpty()) return -1;
        int found = -1;
        for (int i = 0; i < q.options().size(); i++) {
            String label = Names.normalize(q.options().get(i).label());
            if (label.equals(needle)) return i;
            if (needle.length() >= 3 && label.startsWith(needle)) {
                if (found >= 0) return -1;
                found = i;
            }
        }
        return found;
    }

    private static Quiz.Question current(Knowledge k, QuizSession s) {
        return k.quiz().questions().get(s.answers().length());
    }

    private static Reply.Builder questionWith(Knowledge k, User user, QuizSession s, String text) {
        Quiz quiz = k.quiz();
        int index = s.answers().length();
        Quiz.Question q = quiz.questions().get(index);
        String owner = ComponentIds.owner(user);
        Reply.Builder b = Reply.builder(
                        Reply.Kind.QUIZ_QUESTION,
                        quiz.name() + " \u2014 question " + (index + 1) + " of "
                                + quiz.questions().size())
                .text(text);
        for (int i = 0; i < q.options().size(); i++) {
            b.button(new Button(
                    q.options().get(i).label(),
                    ComponentIds.quiz(s.tag(), owner, s.quizId(), s.answers(), Op.ANSWER, i),
                    Button.Kind.CHOICE));
        }
        if (index > 0) {
            b.button(new Button(
                    "Back",
                    ComponentIds.quiz(s.tag(), owner, s.quizId(), s.answers(), Op.BACK, -1),
                    Button.Kind.NAVIGATION));
        }
        b.button(new Button(
                "Cancel",
                ComponentIds.quiz(s.tag(), owner, s.quizId(), s.answers(), Op.CANCEL, -1),
                Button.Kind.CANCEL));
        return b;
    }

    /** The recommendation; {@code withControls} adds Share, Back and Retake for the quiz's owner. */
    static Reply result(Knowledge k, User user, QuizSession s, boolean withControls) {
        QuizScore score = QuizScore.of(k.quiz(), k.specializations().all(), s.answers());
        Specialization best = score.best().specialization();
        QuizScore.Ranked runner = score.runnerUp();
        String text = best.summary();
        if (score.runnerUpIsClose()) {
            String tie = runner.points() == score.best().points()
                    ? " (a tie: " + best.name() + " is listed first, so it leads; read both)"
                    : "";
            text += "\n\nRunner-up: " + runner.specialization().name() + " (" + runner.points() + " vs "
                    + score.best().points() + " points)" + tie + ".";
        }
        Reply.Builder b = Reply.builder(Reply.Kind.QUIZ_RESULT, "Your best fit: " + best.name())
                .text(text);

        List<String> reasons = new ArrayList<>();
        Set<String> skipped = new HashSet<>();
        for (QuizScore.Answer a : score.answers()) {
            if (QuizScore.pointsMostTo(a.option(), best.id()))
                reasons.add(a.option().why());
            skipped.addAll(a.option().skipSteps());
        }
        b.list("Why " + best.name(), reasons.isEmpty() ? List.of(best.summary()) : reasons);
        // One line, not one per answer and one per specialization: the result fits a 40-row terminal.
        StringJoiner totals = new StringJoiner(", ");
        for (QuizScore.Ranked r : score.ranking()) {
            totals.add(r.specialization().name() + " " + r.points());
        }
        b.field("Scores", totals.toString());
        b.field("Pay (" + Pay.basis(best.salary()) + ")", Pay.levels(best.salary()));
        // Steps an answer rules out ("academia first" for someone with a PhD) are left out.
        List<String> steps = best.breakIn().stream()
                .filter(step -> !skipped.contains(step))
                .limit(3)
                .toList();
        if (!steps.isEmpty()) b.list("First steps to break in", steps);
        b.field(
                "A sensible switch later",
                sensibleSwitch(k, best, score.runnerUpIsClose() ? runner.specialization() : null));

        b.cite(Cite.entry(k, k.quiz()));
        for (QuizScore.Answer a : score.answers()) {
            b.cite(Cite.fact(
                    k,
                    a.option().sourceIn(a.question()),
                    k.quiz().asOf(),
                    k.quiz().id()));
        }
        b.cite(Cite.entry(k, best));
        b.cite(Cite.fact(k, best.source(), best.salary().asOf(), best.id()));
        b.cite(Cite.entry(k, k.data().switching()));

        if (withControls) {
            String owner = ComponentIds.owner(user);
            b.button(new Button(
                    "Share to channel",
                    ComponentIds.quiz(s.tag(), owner, s.quizId(), s.answers(), Op.SHARE, -1),
                    Button.Kind.SHARE));
            b.button(new Button(
                    "Back",
                    ComponentIds.quiz(s.tag(), owner, s.quizId(), s.answers(), Op.BACK, -1),
                    Button.Kind.NAVIGATION));
            b.button(new Button(
                    "Retake quiz",
                    ComponentIds.quiz(s.tag(), owner, s.quizId(), s.answers(), Op.RESTART, -1),
                    Button.Kind.NAVIGATION));
        }
        return b.build();
    }

    /**
     * A move out of the best fit that the sources call easy or common, the easiest first; else the
     * runner-up when it is close, and the general cost of switching. A move they call harder is never
     * offered as sensible.
     */
    private static String sensibleSwitch(Knowledge k, Specialization best, @Nullable Specialization runnerUp) {
        Switching sw = k.data().switching();
        Move move = sw.moves().stream()
                .filter(m -> m.from().equals(best.id()))
                .filter(m -> m.difficulty().rated() && m.difficulty() != Move.Difficulty.HARD)
                .min(Comparator.comparing(Move::difficulty))
                .orElse(null);
        String cost = "A switch costs about " + sw.costMonths().min() + "\u2013"
                + sw.costMonths().max() + " months of regrouping.";
        if (move != null) {
            Specialization to = k.specializations().require(move.to());
            return best.name() + " \u2192 " + to.name() + " ("
                    + move.difficulty().label().toLowerCase(Locale.ROOT) + "): " + move.why() + " " + cost;
        }
        if (runnerUp == null) {
            return "My sources rate no move out of " + best.name() + " as easy or common. " + cost;
        }
        return "Your runner-up, " + runnerUp.name() + ", is the natural second option. " + cost;
    }
}
