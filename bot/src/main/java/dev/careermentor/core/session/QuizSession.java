package dev.careermentor.core.session;

/**
 * Where one person's quiz stands: which quiz instance, for which version of the questions, and the
 * option chosen for each question answered so far (one digit each), and the quiz a restart replaced
 * (empty if none), so a second click on the same Restart button is recognised and not counted again.
 * Kept small on purpose: a busy server holds many of these.
 */
public record QuizSession(String quizId, String tag, String answers, String replaced) {

    public QuizSession(String quizId, String tag, String answers) {
        this(quizId, tag, answers, "");
    }

    public QuizSession withAnswers(String newAnswers) {
        return new QuizSession(quizId, tag, newAnswers, replaced);
    }
}
