package dev.careermentor.core.knowledge;

import dev.careermentor.core.knowledge.model.Quiz;
import dev.careermentor.core.knowledge.model.Specialization;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds specializations the quiz can never recommend. A quiz has at most 5^6 answer combinations, so
 * trying them all is cheap and exact; ties go to the specialization listed first, as in scoring.
 */
final class QuizReach {
    private QuizReach() {}

    static List<String> unreachable(Quiz quiz, List<Specialization> specs) {
        int n = quiz.questions().size();
        int s = specs.size();
        int[][][] weights = new int[n][][];
        for (int q = 0; q < n; q++) {
            List<Quiz.Option> options = quiz.questions().get(q).options();
            weights[q] = new int[options.size()][s];
            for (int o = 0; o < options.size(); o++) {
                for (int i = 0; i < s; i++) {
                    weights[q][o][i] =
                            options.get(o).weights().getOrDefault(specs.get(i).id(), 0);
                }
            }
        }
        Set<Integer> winners = new LinkedHashSet<>();
        walk(weights, 0, new int[s], winners);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < s; i++) {
            if (!winners.contains(i)) missing.add(specs.get(i).id());
        }
        return missing;
    }

    private static void walk(int[][][] weights, int q, int[] totals, Set<Integer> winners) {
        if (q == weights.length) {
            int best = 0;
            for (int i = 1; i < totals.length; i++) {
                if (totals[i] > totals[best]) best = i;
            }
            winners.add(best);
            return;
        }
        for (int[] option : weights[q]) {
            for (int i = 0; i < totals.length; i++) totals[i] += option[i];
            walk(weights, q + 1, totals, winners);
            for (int i = 0; i < totals.length; i++) totals[i] -= option[i];
        }
    }
}
