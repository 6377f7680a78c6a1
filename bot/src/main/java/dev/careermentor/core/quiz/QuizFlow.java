package dev.careermentor.core.quiz;

import dev.careermentor.core.User;
import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.component.ComponentIds.Op;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Quiz;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.session.QuizSession;
import dev.careermentor.core.session.SessionStore;
import dev.careermentor.core.text.Names;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
        Lang lang = k.lang();
        if (!action.owner().equals(ComponentIds.owner(user))) {
            return Reply.builder(Reply.Kind.ERROR, Msg.get(lang, "error.quiz.notyours.title"))
                    .text(Msg.get(
                            lang, "error.quiz.notyours.text", user.surface().command("quiz")))
                    .button(runButton(Msg.get(lang, "button.quiz.startmine"), "quiz"))
                    .build();
        }
        if (!action.tag().equals(k.quizTag())) {
            sessions.update(user, (key, cur) -> cur != null && cur.quizId().equals(action.quizId()) ? null : cur);
            return Reply.builder(Reply.Kind.NOTICE, Msg.get(lang, "reply.quiz.updated.title"))
                    .visibility(Reply.Visibility.UPDATE)
                    .text(Msg.get(lang, "reply.quiz.updated.text"))
                    .button(new Button(
                            Msg.get(lang, "button.quiz.restartquiz"),
                            ComponentIds.quiz(k.quizTag(), action.owner(), newQuizId.get(), "", Op.RESTART, -1),
                            Button.Kind.NAVIGATION))
                    .build();
        }
        if (!QuizScore.valid(k.quiz(), action.answers())) {
            return damaged(user, lang);
        }
        Reply reply = step(user, k, action);
        if (action.op() != Op.SHARE) return reply.withVisibility(Reply.Visibility.UPDATE);
        // Only the result itself is shared; anything else a Share click gets is a note to the clicker.
        return reply.withVisibility(
                reply.kind() == Reply.Kind.QUIZ_RESULT ? Reply.Visibility.PUBLIC : Reply.Visibility.PRIVATE);
    }

    /** Back, restart and cancel in Chinese, understood whatever language the quiz is shown in. */
    private static final Set<String> BACK = Set.of("返回", "上一题");

    private static final Set<String> RESTART = Set.of("重新开始", "重来");
    private static final Set<String> CANCEL = Set.of("取消");

    /**
     * A typed line: a number, back, restart or cancel (in English or Chinese: 返回, 上一题, 重新开始, 重来,
     * 取消); during a quiz also an answer's label or the start of one ("backend or sre", "backend"), and
     * any other short line that is not a command, which asks the question again with how to answer it.
     * Empty when the line is for the rest of the bot: no quiz in progress, a command ({@code commandWord}
     * tells its first word), or a question of {@value #QUESTION_WORDS} words or more ({@value
     * #QUESTION_HAN} Chinese characters, as Chinese does not separate words).
     */
    public Optional<Reply> typed(User user, Knowledge k, String text, Predicate<String> commandWord) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        if (isSmallNumber(word)) return Optional.of(typed(user, k, Op.ANSWER, Integer.parseInt(word) - 1));
        String plain = Names.normalize(word);
        if (BACK.contains(plain)) return Optional.of(typed(user, k, Op.BACK, -1));
        if (RESTART.contains(plain)) return Optional.of(typed(user, k, Op.RESTART, -1));
        if (CANCEL.contains(plain)) return Optional.of(typed(user, k, Op.CANCEL, -1));
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
        if (words.length >= QUESTION_WORDS || commandWord.test(words[0]) || han(word) >= QUESTION_HAN) {
            return Optional.empty();
        }
        return Optional.of(QuizView.reasked(k, user, s));
    }

    /** From this many words a line typed during a quiz is a question for the bot, not a stray answer. */
    public static final int QUESTION_WORDS = 4;

    /** The same for Chinese, counted in Han characters: "薪资多少" is a question, "不知道" a stray line. */
    public static final int QUESTION_HAN = 4;

    private static long han(String text) {
        return text.codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .count();
    }

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
        Lang lang = k.lang();
        QuizSession s = sessions.get(user).orElse(null);
        if (s == null) {
            if (op == Op.RESTART) return start(user, k);
            return Reply.error(
                    Msg.get(lang, "error.quiz.none.title"),
                    Msg.get(lang, "error.quiz.none.text", user.surface().command("quiz")));
        }
        if (!s.tag().equals(k.quizTag())) {
            sessions.remove(user);
            if (op == Op.RESTART) return start(user, k);
            return Reply.error(
                    Msg.get(lang, "error.quiz.updated.title"),
                    Msg.get(lang, "error.quiz.updated.text", user.surface().command("quiz")));
        }
        int index = s.answers().length();
        int total = k.quiz().questions().size();
        if (op == Op.ANSWER) {
            if (index >= total) {
                return Reply.error(
                        Msg.get(lang, "error.quiz.finished.title"), Msg.get(lang, "error.quiz.finished.text"));
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
                    return damaged(user, k.lang());
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
                return Reply.builder(Reply.Kind.NOTICE, Msg.get(k.lang(), "reply.quiz.cancelled.title"))
                        .text(Msg.get(
                                k.lang(),
                                "reply.quiz.cancelled.text",
                                user.surface().command("quiz")))
                        .button(runButton(Msg.get(k.lang(), "button.quiz.startagain"), "quiz"))
                        .build();
            }
            case SHARE -> {
                if (a.answers().length() != total) return damaged(user, k.lang());
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

    private static Reply damaged(User user, Lang lang) {
        return Reply.builder(Reply.Kind.ERROR, Msg.get(lang, "error.quiz.damaged.title"))
                .text(Msg.get(lang, "error.quiz.damaged.text", user.surface().command("quiz")))
                .button(runButton(Msg.get(lang, "button.quiz.startnew"), "quiz"))
                .build();
    }

    private static Button runButton(String label, String command) {
        // The commands given here are short words, always within the id limit.
        return new Button(label, ComponentIds.run(command).orElseThrow(), Button.Kind.SUGGESTION);
    }
}
