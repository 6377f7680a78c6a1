package dev.careermentor.core.quiz;

import dev.careermentor.core.User;
import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.component.ComponentIds.Op;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
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

/** Renders quiz questions and results as replies, in the language of the knowledge face given. */
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
        return questionWith(k, user, s, q.text() + "\n\n" + hint(k.lang(), q)).build();
    }

    /** The question a quiz in progress stands at, with a Restart button for starting over. */
    static Reply resumed(Knowledge k, User user, QuizSession s) {
        Quiz.Question q = current(k, s);
        String where = Msg.get(
                k.lang(),
                "quiz.resumed",
                String.valueOf(s.answers().length() + 1),
                String.valueOf(k.quiz().questions().size()));
        return questionWith(k, user, s, where + "\n\n" + q.text())
                .button(new Button(
                        Msg.get(k.lang(), "button.restart"),
                        ComponentIds.quiz(s.tag(), ComponentIds.owner(user), s.quizId(), s.answers(), Op.RESTART, -1),
                        Button.Kind.NAVIGATION))
                .build();
    }

    static String hint(Lang lang, Quiz.Question q) {
        return Msg.get(lang, "quiz.hint", String.valueOf(q.options().size()));
    }

    /**
     * The option whose label is {@code typed}, or starts with it (three characters at least, two in
     * Chinese, where a word is one or two characters) when only one does, ignoring case and punctuation;
     * -1 when none or several fit.
     */
    static int optionNamed(Quiz.Question q, String typed) {
        String needle = Names.normalize(typed);
        if (needle.isEmpty()) return -1;
        int shortest = Lang.looksChinese(needle) ? 2 : 3;
        int found = -1;
        for (int i = 0; i < q.options().size(); i++) {
            String label = Names.normalize(q.options().get(i).label());
            if (label.equals(needle)) return i;
            if (needle.length() >= shortest && label.startsWith(needle)) {
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
                        Msg.get(
                                k.lang(),
                                "quiz.title",
                                quiz.name(),
                                String.valueOf(index + 1),
                                String.valueOf(quiz.questions().size())))
                .text(text);
        for (int i = 0; i < q.options().size(); i++) {
            b.button(new Button(
                    q.options().get(i).label(),
                    ComponentIds.quiz(s.tag(), owner, s.quizId(), s.answers(), Op.ANSWER, i),
                    Button.Kind.CHOICE));
        }
        if (index > 0) {
            b.button(new Button(
                    Msg.get(k.lang(), "button.back"),
                    ComponentIds.quiz(s.tag(), owner, s.quizId(), s.answers(), Op.BACK, -1),
                    Button.Kind.NAVIGATION));
        }
        b.button(new Button(
                Msg.get(k.lang(), "button.cancel"),
                ComponentIds.quiz(s.tag(), owner, s.quizId(), s.answers(), Op.CANCEL, -1),
                Button.Kind.CANCEL));
        return b;
    }

    /** The recommendation; {@code withControls} adds Share, Back and Retake for the quiz's owner. */
    static Reply result(Knowledge k, User user, QuizSession s, boolean withControls) {
        QuizScore score = QuizScore.of(k.quiz(), k.specializations().all(), s.answers());
        Specialization best = score.best().specialization();
        QuizScore.Ranked runner = score.runnerUp();
        Lang lang = k.lang();
        String text = best.summary();
        if (score.runnerUpIsClose()) {
            boolean tie = runner.points() == score.best().points();
            text += "\n\n"
                    + Msg.get(
                            lang,
                            tie ? "quiz.result.runnerup.tie" : "quiz.result.runnerup",
                            runner.specialization().name(),
                            String.valueOf(runner.points()),
                            String.valueOf(score.best().points()),
                            best.name());
        }
        Reply.Builder b = Reply.builder(Reply.Kind.QUIZ_RESULT, Msg.get(lang, "quiz.result.title", best.name()))
                .text(text);

        List<String> reasons = new ArrayList<>();
        Set<String> skipped = new HashSet<>();
        for (QuizScore.Answer a : score.answers()) {
            if (QuizScore.pointsMostTo(a.option(), best.id()))
                reasons.add(a.option().why());
            skipped.addAll(a.option().skipSteps());
        }
        b.list(Msg.get(lang, "quiz.result.why", best.name()), reasons.isEmpty() ? List.of(best.summary()) : reasons);
        // One line, not one per answer and one per specialization: the result fits a 40-row terminal.
        StringJoiner totals = new StringJoiner(Msg.get(lang, "quiz.result.scores.sep"));
        for (QuizScore.Ranked r : score.ranking()) {
            totals.add(Msg.get(lang, "quiz.result.score", r.specialization().name(), String.valueOf(r.points())));
        }
        b.field(Msg.get(lang, "quiz.result.scores"), totals.toString());
        b.field(Msg.get(lang, "pay.levels", Pay.basis(best.salary())), Pay.levels(best.salary()));
        // Steps an answer rules out ("academia first" for someone with a PhD) are left out.
        List<String> steps = best.breakIn().stream()
                .filter(step -> !skipped.contains(step))
                .limit(3)
                .toList();
        if (!steps.isEmpty()) b.list(Msg.get(lang, "quiz.result.steps"), steps);
        b.field(
                Msg.get(lang, "quiz.result.switch"),
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
                    Msg.get(lang, "button.share"),
                    ComponentIds.quiz(s.tag(), owner, s.quizId(), s.answers(), Op.SHARE, -1),
                    Button.Kind.SHARE));
            b.button(new Button(
                    Msg.get(lang, "button.back"),
                    ComponentIds.quiz(s.tag(), owner, s.quizId(), s.answers(), Op.BACK, -1),
                    Button.Kind.NAVIGATION));
            b.button(new Button(
                    Msg.get(lang, "button.retake"),
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
        Lang lang = k.lang();
        String cost = Msg.get(
                lang,
                "quiz.switch.cost",
                String.valueOf(sw.costMonths().min()),
                String.valueOf(sw.costMonths().max()));
        if (move != null) {
            Specialization to = k.specializations().require(move.to());
            return Msg.get(
                    lang,
                    "quiz.switch.move",
                    best.name(),
                    to.name(),
                    Msg.get(lang, "difficulty." + move.difficulty().name().toLowerCase(Locale.ROOT)),
                    move.why(),
                    cost);
        }
        if (runnerUp == null) return Msg.get(lang, "quiz.switch.none", best.name(), cost);
        return Msg.get(lang, "quiz.switch.runnerup", runnerUp.name(), cost);
    }
}
