package dev.careermentor.core.knowledge.model;

import java.util.List;

/** What switching specialization costs, and the moves the sources call easy or hard. */
public record Switching(
        String id,
        String summary,
        String cost,
        Months costMonths,
        List<String> advice,
        List<Move> moves,
        String source,
        PartialDate asOf)
        implements Entry {

    public record Months(int min, int max) {}

    public Switching {
        advice = List.copyOf(advice);
        moves = List.copyOf(moves);
    }

    @Override
    public String name() {
        return "Switching specialization";
    }
}
