package dev.careermentor.core.quiz;

import dev.careermentor.core.knowledge.model.Quiz;
import dev.careermentor.core.knowledge.model.Specialization;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a finished quiz: each chosen option adds its weights; the highest total wins. Ties go to the
 * specialization listed first in the knowledge, so the same answers always give the same result.
 */
public record QuizScore(List<Ranked> ranking, List<Answer> answers) {

    public record Ranked(Specialization specialization, int points) {}

    /** One question, the option chosen, and what it added. */
    public record Answer(Quiz.Question question, Quiz.Option option) {}

    public static QuizScore of(Quiz quiz, List<Specialization> specializations, String answers) {
        if (answers.length() != quiz.questions().size()) {
            throw new IllegalArgumentException("quiz has " + quiz.questions().size() + " questions but "
                    + answers.length() + " answers were given");
        }
        Map<String, Integer> points = new LinkedHashMap<>();
        for (Specialization s : specializations) points.put(s.id(), 0);
        List<Answer> chosen = new ArrayList<>();
        for (int i = 0; i < answers.length(); i++) {
            Quiz.Question q = quiz.questions().get(i);
            Quiz.Option option = q.options().get(answers.charAt(i) - '0');
            chosen.add(new Answer(q, option));
            option.weights().forEach((id, w) -> points.merge(id, w, Integer::sum));
        }
        List<Ranked> ranking = new ArrayList<>();
        for (Specialization s : specializations) ranking.add(new Ranked(s, points.getOrDefault(s.id(), 0)));
        // List.sort is stable: equal points keep the knowledge file's order.
        ranking.sort(Comparator.comparingInt(Ranked::points).reversed());
        return new QuizScore(List.copyOf(ranking), List.copyOf(chosen));
    }

    public Ranked best() {
        return ranking.get(0);
    }

    public Ranked runnerUp() {
        return ranking.get(1);
    }

    /** The runner-up matters when it has at least half the best fit's points; a tie always does. */
    public boolean runnerUpIsClose() {
        return runnerUp().points() * 2 >= best().points();
    }

    /**
     * True when {@code option} gives {@code specializationId} points and no other specialization more:
     * only then does the option's why explain that result.
     */
    public static boolean pointsMostTo(Quiz.Option option, String specializationId) {
        int points = option.weights().getOrDefault(specializationId, 0);
        if (points <= 0) return false;
        for (int w : option.weights().values()) {
            if (w > points) return false;
        }
        return true;
    }

    /** True when the answer string is a possible set of choices, complete or partial, for this quiz. */
    public static boolean valid(Quiz quiz, String answers) {
        if (answers.length() > quiz.questions().size()) return false;
        for (int i = 0; i < answers.length(); i++) {
            int choice = answers.charAt(i) - '0';
            if (choice < 0 || choice >= quiz.questions().get(i).options().size()) return false;
        }
        return true;
    }
}
