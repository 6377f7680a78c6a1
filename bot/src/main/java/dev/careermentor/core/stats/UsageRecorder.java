package dev.careermentor.core.stats;

/**
 * Aggregate usage, for moderators' insight. Only counts and normalised text are recorded: never who
 * asked.
 */
public interface UsageRecorder {

    UsageRecorder NONE = new UsageRecorder() {};

    default void command(String name) {}

    default void specialization(String id) {}

    default void comparison(String first, String second) {}

    default void quizCompleted(String recommended) {}

    /** A name or question the knowledge had no answer for. */
    default void unmatched(String text) {}
}
