package dev.careermentor.core.quiz;

import dev.careermentor.core.User;
import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.component.ComponentIds.Op;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Quiz;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.session.QuizSession;
import dev.careermentor.core.session.SessionStore;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

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

    /**
     * The quiz command: a quiz in progress is shown where it stands, with a Restart button, so typing
     * quiz again never throws answers away unasked; otherwise a fresh quiz.
     */
    public Reply begin(User user, Knowledge k) {
        QuizSession s = inProgress(user, k);
        return s == null ? start(user, k) : QuizView.resumed(k, user, s);
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
        Reply reply = step(user, k, action);
        if (action.op() != Op.SHARE) return reply.withVisibility(Reply.Visibility.UPDATE);
        // Only the result itself is shared; anything else a Share click gets is a note to the clicker.
        return reply.withVisibility(
                reply.kind() == Reply.Kind.QUIZ_RESULT ? Reply.Visibility.PUBLIC : Reply.Visibility.PRIVATE);
    }

    /**
     * A typed line: a number, back, restart or cancel; during a quiz also an answer's label or the start
     * of one ("backend or sre", "backend"), and any other short line that is not a command, which asks
     * the question again with how to answer it. Empty when the line is for the rest of the bot: no
     * quiz in progress, a command ({@code commandWord} tells its first word), or a question of
     * {@value #QUESTION_WORDS} words or more.
     */
    public Optional<Reply> typed(User user, Knowledge k, String text, Predicate<String> commandWord) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        if (isSmallNumber(word)) return Optional.of(typed(user, k, Op.ANSWER, Integer.parseInt(word) - 1));
        switch (word) {
            case "back" -> {
                return Optional.of(typed(user, k, Op.BACK, -1));
            }
            case "restart", "retake" -> {
                return Optional.of(typed(user, k, Op.RESTART, -1));
            }
            case "cancel", "stop" -> {
                return Optional.of(typed(user, k, Op.CANCEL, -1));
            }
            default -> {}
        }
        QuizSession s = inProgress(user, k);
        if (s == null) return Optional.empty();
        Quiz.Question q = k.quiz().questions().get(s.answers().length());
        int chosen = QuizView.optionNamed(q, word);
        if (chosen >= 0) return Optional.of(typed(user, k, Op.ANSWER, chosen));
        String[] words = word.split("\\s+", -1);
        if (words.length >= QUESTION_WORDS || commandWord.test(words[0])) return Optional.empty();
        return Optional.of(QuizView.reasked(k, user, s));
    }

    /** From this many words a line typed during a quiz is a question for the bot, not a stray answer. */
    public static final int QUESTION_WORDS = 4;

    /** The user's quiz, when one of the current questions is waiting for an answer; else null. */
    private @Nullable QuizSession inProgress(User user, Knowledge k) {
        QuizSession s = sessions.get(user).orElse(null);
        if (s == null
                || !s.tag().equals(k.quizTag())
                || s.answers().length() >= k.quiz().questions().size()
                || !QuizScore.valid(k.quiz(), s.answers())) {
            return null;
        }
        return s;
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
            if (choice < 0 || choice >= options) return QuizView.reasked(k, user, s);
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
                boolean[] changed = {false};
                QuizSession now = sessions.update(user, (key, cur) -> {
                    if (alreadyAnswered(cur, a) || isState(cur, a.quizId(), next)) return cur;
                    changed[0] = true;
                    return new QuizSession(a.quizId(), a.tag(), next);
                });
                // A double click or a retry of the last answer finds the quiz already finished: count it once.
                if (changed[0] && now.answers().length() == total) {
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
                boolean[] fresh = {false};
                QuizSession now = sessions.update(user, (key, cur) -> {
                    if (cur != null && cur.replaced().equals(a.quizId())) return cur; // this restart happened
                    fresh[0] = true;
                    return new QuizSession(newQuizId.get(), k.quizTag(), "", a.quizId());
                });
                if (!fresh[0]) return render(k, user, now);
                listener.started(user);
                return QuizView.question(k, user, now);
            }
            case CANCEL -> {
                boolean[] removed = {false};
                sessions.update(user, (key, cur) -> {
                    if (cur == null || !cur.quizId().equals(a.quizId())) return cur;
                    removed[0] = true;
                    return null;
                });
                if (removed[0]) listener.cancelled(user);
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
    private static boolean isState(@Nullable QuizSession cur, String quizId, String answers) {
        return cur != null && cur.quizId().equals(quizId) && cur.answers().equals(answers);
    }

    private static boolean alreadyAnswered(@Nullable QuizSession cur, ComponentIds.Quiz a) {
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
