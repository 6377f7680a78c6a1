package dev.careermentor.core.quiz;

import dev.careermentor.core.User;
import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.component.ComponentIds.Op;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.session.QuizSession;
import dev.careermentor.core.session.SessionStore;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Moves quizzes forward. Every step is computed from the state the click carries, so the same click
 * applied twice (a double click, a platform retry) lands on the same state: a quiz never advances
 * twice. The session store remembers the latest state so that typed answers ("2", "back") work too.
 */
public final class QuizFlow {

    /** Observes quiz milestones, e.g. for metrics. */
    public interface Listener {
        default void started(User user) {}

        default void completed(User user, String specializationId) {}

        default void cancelled(User user) {}
    }

    private final SessionStore sessions;
    private final Supplier<String> newQuizId;
    private final Listener listener;

    public QuizFlow(SessionStore sessions, Supplier<String> newQuizId, Listener listener) {
        this.sessions = sessions;
        this.newQuizId = newQuizId;
        this.listener = listener;
    }

    /** Starts a fresh quiz, replacing any quiz the user had going. */
    public Reply start(User user, Knowledge k) {
        QuizSession s = new QuizSession(newQuizId.get(), k.quizTag(), "");
        sessions.put(user, s);
        listener.started(user);
        return QuizView.question(k, user, s);
    }

    /** A button click: everything needed is in the action; the reply replaces the clicked message. */
    public Reply click(User user, Knowledge k, ComponentIds.Quiz action) {
        if (!action.owner().equals(ComponentIds.owner(user))) {
            return Reply.builder(Reply.Kind.ERROR, "This isn't your quiz")
                    .text("Only the person who started this quiz can answer it. Start your own with "
                            + user.surface().command("quiz") + ".")
                    .button(runButton("Start my quiz", "quiz"))
                    .build();
        }
        if (!action.tag().equals(k.quizTag())) {
            sessions.update(user, (key, cur) -> cur != null && cur.quizId().equals(action.quizId()) ? null : cur);
            return Reply.builder(Reply.Kind.NOTICE, "The quiz was updated")
                    .visibility(Reply.Visibility.UPDATE)
                    .text("The moderators changed the quiz questions since you started, so your answers no longer "
                            + "add up. Start again to get a result that matches the current quiz.")
                    .button(new Button(
                            "Restart quiz",
                            ComponentIds.quiz(k.quizTag(), action.owner(), newQuizId.get(), "", Op.RESTART, -1),
                            Button.Kind.NAVIGATION))
                    .build();
        }
        if (!QuizScore.valid(k.quiz(), action.answers())) {
            return damaged(user);
        }
        return step(user, k, action)
                .withVisibility(action.op() == Op.SHARE ? Reply.Visibility.PUBLIC : Reply.Visibility.UPDATE);
    }

    /** A typed quiz word: a number, back, restart or cancel; empty when the text is none of these. */
    public Optional<Reply> typed(User user, Knowledge k, String text) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        if (isSmallNumber(word)) return Optional.of(typed(user, k, Op.ANSWER, Integer.parseInt(word) - 1));
        return switch (word) {
            case "back" -> Optional.of(typed(user, k, Op.BACK, -1));
            case "restart", "retake" -> Optional.of(typed(user, k, Op.RESTART, -1));
            case "cancel", "stop" -> Optional.of(typed(user, k, Op.CANCEL, -1));
            default -> Optional.empty();
        };
    }

    private Reply typed(User user, Knowledge k, Op op, int choice) {
        QuizSession s = sessions.get(user).orElse(null);
        if (s == null) {
            if (op == Op.RESTART) return start(user, k);
            return Reply.error(
                    "No quiz in progress",
                    "There is no quiz to answer right now. Type "
                            + user.surface().command("quiz") + " to start one.");
        }
        if (!s.tag().equals(k.quizTag())) {
            sessions.remove(user);
            if (op == Op.RESTART) return start(user, k);
            return Reply.error(
                    "The quiz was updated",
                    "The quiz questions changed since you started. Type "
                            + user.surface().command("quiz") + " to start again.");
        }
        int index = s.answers().length();
        int total = k.quiz().questions().size();
        if (op == Op.ANSWER) {
            if (index >= total) {
                return Reply.error(
                        "The quiz is finished",
                        "You have answered every question. Type back to change your last answer, or restart to "
                                + "take the quiz again.");
            }
            int options = k.quiz().questions().get(index).options().size();
            if (choice < 0 || choice >= options) {
                return Reply.error(
                        "Pick a listed answer",
                        "Answer with a number from 1 to " + options + ", or type back, restart or cancel.");
            }
        }
        String owner = ComponentIds.owner(user);
        return step(user, k, new ComponentIds.Quiz(s.tag(), owner, s.quizId(), s.answers(), op, choice));
    }

    /** One to three digits: checked by hand because this runs for every line anyone types. */
    private static boolean isSmallNumber(String word) {
        if (word.isEmpty() || word.length() > 3) return false;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') return false;
        }
        return true;
    }

    private Reply step(User user, Knowledge k, ComponentIds.Quiz a) {
        int total = k.quiz().questions().size();
        switch (a.op()) {
            case ANSWER -> {
                if (a.answers().length() >= total
                        || a.choice()
                                >= k.quiz()
                                        .questions()
                                        .get(a.answers().length())
                                        .options()
                                        .size()) {
                    return damaged(user);
                }
                String next = a.answers() + a.choice();
                QuizSession now = sessions.update(
                        user, (key, cur) -> alreadyAnswered(cur, a) ? cur : new QuizSession(a.quizId(), a.tag(), next));
                if (now.answers().length() == total && next.equals(now.answers())) {
                    listener.completed(
                            user,
                            QuizScore.of(k.quiz(), k.specializations().all(), next)
                                    .best()
                                    .specialization()
                                    .id());
                }
                return render(k, user, now);
            }
            case BACK -> {
                String previous = a.answers().isEmpty()
                        ? ""
                        : a.answers().substring(0, a.answers().length() - 1);
                QuizSession now = new QuizSession(a.quizId(), a.tag(), previous);
                sessions.put(user, now);
                return render(k, user, now);
            }
            case RESTART -> {
                return start(user, k);
            }
            case CANCEL -> {
                sessions.update(user, (key, cur) -> cur != null && cur.quizId().equals(a.quizId()) ? null : cur);
                listener.cancelled(user);
                return Reply.builder(Reply.Kind.NOTICE, "Quiz cancelled")
                        .text("No problem. Type " + user.surface().command("quiz") + " whenever you want to try again.")
                        .button(runButton("Start again", "quiz"))
                        .build();
            }
            case SHARE -> {
                if (a.answers().length() != total) return damaged(user);
                return QuizView.result(k, user, new QuizSession(a.quizId(), a.tag(), a.answers()), false);
            }
            default -> throw new IllegalStateException("unhandled quiz op " + a.op());
        }
    }

    /** True when this exact question of this quiz was already answered: a retry or a double click. */
    private static boolean alreadyAnswered(QuizSession cur, ComponentIds.Quiz a) {
        return cur != null
                && cur.quizId().equals(a.quizId())
                && cur.tag().equals(a.tag())
                && cur.answers().length() > a.answers().length()
                && cur.answers().startsWith(a.answers());
    }

    private static Reply render(Knowledge k, User user, QuizSession s) {
        return s.answers().length() == k.quiz().questions().size()
                ? QuizView.result(k, user, s, true)
                : QuizView.question(k, user, s);
    }

    private static Reply damaged(User user) {
        return Reply.builder(Reply.Kind.ERROR, "This quiz button no longer fits")
                .text("The answers this button carries don't match the current quiz. Start a fresh quiz with "
                        + user.surface().command("quiz") + ".")
                .button(runButton("Start a new quiz", "quiz"))
                .build();
    }

    private static Button runButton(String label, String command) {
        // The commands given here are short words, always within the id limit.
        return new Button(label, ComponentIds.run(command).orElseThrow(), Button.Kind.SUGGESTION);
    }
}
