package dev.careermentor.core.knowledge.model;

/** Pay for a specialization, early career and senior, with the region, currency and date it holds for. */
public record Salary(String region, String currency, PartialDate asOf, String note, Band early, Band senior) {

    public enum Level {
        EARLY,
        SENIOR
    }

    public Band band(Level level) {
        return level == Level.EARLY ? early : senior;
    }
}
