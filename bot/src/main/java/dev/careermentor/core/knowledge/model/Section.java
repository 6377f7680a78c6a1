package dev.careermentor.core.knowledge.model;

import java.util.List;

/** A headed part of a topic: a paragraph, a list of points, or both. */
public record Section(String heading, String text, List<String> items) {
    public Section {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
