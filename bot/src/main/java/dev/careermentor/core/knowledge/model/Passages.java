package dev.careermentor.core.knowledge.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds an entry's passages. */
final class Passages {
    private Passages() {}

    static final String BULLET = "\u2022 ";

    /** A paragraph, unless it is absent or blank. */
    static void text(List<Entry.Passage> out, String label, @Nullable String text, PartialDate asOf) {
        if (text != null && !text.isBlank()) out.add(new Entry.Passage(label, text, List.of(), asOf, List.of()));
    }

    /** A list, unless it is empty. */
    static void items(List<Entry.Passage> out, String label, List<String> items, PartialDate asOf) {
        if (!items.isEmpty()) out.add(new Entry.Passage(label, null, items, asOf, List.of()));
    }

    /** A topic's sections, each whole, with its keywords. */
    static void sections(List<Entry.Passage> out, List<Section> sections, PartialDate asOf) {
        for (Section s : sections) out.add(new Entry.Passage(s.heading(), s.text(), s.items(), asOf, s.keywords()));
    }
}
