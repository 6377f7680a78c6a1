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
import dev.careermentor.core.text.Pay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** Renders quiz questions and results as replies. */
final class QuizView {
    private QuizView() {}

    static Reply question(Knowledge k, User user, QuizSession s) {
        Quiz quiz = k.quiz();
        int index = s.answers().length();
        Quiz.Question q = quiz.questions().get(index);
        String owner = ComponentIds.owner(user);
        Reply.Builder b = Reply.builder(
                        Reply.Kind.QUIZ_QUESTION,
                        quiz.name() + " \u2014 question " + (index + 1) + " of "
                                + quiz.questions().size())
                .text(index == 0 ? quiz.intro() + "\n\n" + q.text() : q.text());
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
        return b.build();
    }

    /** The recommendation; {@code withControls} adds Share, Back and Retake for the quiz's owner. */
    static Reply result(Knowledge k, User user, QuizSession s, boolean withControls) {
        QuizScore score = QuizScore.of(k.quiz(), k.specializations().all(), s.answers());
        Specialization best = score.best().specialization();
        QuizScore.Ranked runner = score.runnerUp();
        String tie = runner.points() == score.best().points()
                ? " (a tie: " + best.name() + " is listed first, so it leads; read both)"
                : "";
        Reply.Builder b = Reply.builder(Reply.Kind.QUIZ_RESULT, "Your best fit: " + best.name())
                .text(best.summary() + "\n\nRunner-up: "
                        + runner.specialization().name() + " (" + runner.points() + " vs "
                        + score.best().points() + " points)" + tie + ".");

        List<String> reasons = new ArrayList<>();
        for (QuizScore.Answer a : score.answers()) {
            if (a.option().weights().getOrDefault(best.id(), 0) > 0)
                reasons.add(a.option().why());
        }
        b.list("Why " + best.name(), reasons.isEmpty() ? List.of(best.summary()) : reasons);
        // One line, not one per answer and one per specialization: the result fits a 40-row terminal.
        StringJoiner totals = new StringJoiner(", ");
        for (QuizScore.Ranked r : score.ranking()) {
            totals.add(r.specialization().name() + " " + r.points());
        }
        b.field("Scores", totals.toString());
        b.field("Pay (" + Pay.basis(best.salary()) + ")", Pay.levels(best.salary()));
        b.list("First steps to break in", best.breakIn().stream().limit(3).toList());
        b.field("A sensible switch later", sensibleSwitch(k, best, runner.specialization()));

        b.cite(Cite.entry(k, k.quiz()));
        for (QuizScore.Answer a : score.answers()) {
            b.cite(Cite.fact(k, a.question().source(), k.quiz().asOf(), k.quiz().id()));
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
     * runner-up and the general cost of switching. A move they call harder is never offered as sensible.
     */
    private static String sensibleSwitch(Knowledge k, Specialization best, Specialization runnerUp) {
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
        return "Your runner-up, " + runnerUp.name() + ", is the natural second option. " + cost;
    }
}
