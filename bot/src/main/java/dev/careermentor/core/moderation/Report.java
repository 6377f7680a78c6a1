package dev.careermentor.core.moderation;

/**
 * A user's "this looks outdated" click. Only what moderators need: which fact, how old it was, where
 * and when; not who.
 */
public record Report(String time, String entryId, String entryName, String asOf, String surface) {}
