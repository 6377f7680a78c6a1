package dev.careermentor.core.session;

/**
 * Where one person's quiz stands: which quiz instance, for which version of the questions, and the
 * option chosen for each question answered so far (one digit each). Kept small on purpose: a busy
 * server holds many of these.
 */
public record QuizSession(String quizId, String tag, String answers) {

    public QuizSession withAnswers(String newAnswers) {
        return new QuizSession(quizId, tag, newAnswers);
    }
}
