package dev.careermentor.app;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.careermentor.core.Mentor;
import dev.careermentor.core.command.Commands;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.LiveKnowledge;
import dev.careermentor.core.quiz.QuizFlow;
import dev.careermentor.core.session.RecentKeys;
import dev.careermentor.core.session.SessionStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.function.Supplier;

/** Wires the core together: the pieces every surface shares in one process. */
public final class MentorApp {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final LiveKnowledge knowledge;
    private final SessionStore sessions;
    private final Mentor mentor;

    public MentorApp(Knowledge initial, SessionStore.Settings settings, Ticker ticker) {
        this.knowledge = new LiveKnowledge(initial);
        this.sessions = new SessionStore(settings, ticker, Runnable::run, s -> {});
        QuizFlow quiz = new QuizFlow(sessions, quizIds(), new QuizFlow.Listener() {});
        this.mentor = new Mentor(knowledge, Commands.all(), quiz,
                new RecentKeys(Duration.ofMinutes(10), 100_000, ticker));
    }

    public Mentor mentor() {
        return mentor;
    }

    public LiveKnowledge knowledge() {
        return knowledge;
    }

    public SessionStore sessions() {
        return sessions;
    }

    /** Random 6-character quiz instance ids: unique enough to tell one person's quizzes apart. */
    static Supplier<String> quizIds() {
        SecureRandom random = new SecureRandom();
        return () -> {
            char[] id = new char[6];
            for (int i = 0; i < id.length; i++) id[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            return new String(id);
        };
    }
}
