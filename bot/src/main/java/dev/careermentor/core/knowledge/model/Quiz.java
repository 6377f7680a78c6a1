package dev.careermentor.core.knowledge.model;

import java.util.List;
import java.util.Map;

/** The specialization quiz: questions whose options weight specializations. */
public record Quiz(String id, String name, String intro, String source, PartialDate asOf, List<Question> questions)
        implements Entry {

    public Quiz {
        questions = List.copyOf(questions);
    }

    public record Question(String id, String text, String source, List<Option> options) {
        public Question {
            options = List.copyOf(options);
        }
    }

    /** @param weights specialization id to points; map order is file order */
    public record Option(String label, Map<String, Integer> weights, String why) {
        public Option {
            weights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weights));
        }
    }
}
