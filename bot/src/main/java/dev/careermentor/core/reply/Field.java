package dev.careermentor.core.reply;

/** A named block of a reply; {@code inline} fields may be shown side by side. */
public record Field(String name, String value, boolean inline) {}
