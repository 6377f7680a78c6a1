package dev.careermentor.core.knowledge.model;

/** A pay range for one level; {@code openEnded} marks a top written like "1M+". */
public record Band(long min, long max, boolean openEnded, String note) {}
