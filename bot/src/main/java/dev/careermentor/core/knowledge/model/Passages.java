package dev.careermentor.core.knowledge.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds an entry's passages. */
final class Passages {
    private Passages() {}

    static final String BULLET = "\u2022 ";

    static void add(List<Entry.Passage> out, String label, @Nullable String text, PartialDate asOf) {
        if (text != null && !text.isBlank()) out.add(new Entry.Passage(label, text, asOf));
    }

    static void each(List<Entry.Passage> out, String label, List<String> texts, PartialDate asOf) {
        for (String t : texts) add(out, label, t, asOf);
    }

    /** A short list as one passage, so a hit shows the whole list. */
    static void list(List<Entry.Passage> out, String label, List<String> items, PartialDate asOf) {
        if (!items.isEmpty()) add(out, label, BULLET + String.join("\n" + BULLET, items), asOf);
    }

    /** A topic's sections: each paragraph and each point on its own, under the section's heading. */
    static void sections(List<Entry.Passage> out, List<Section> sections, PartialDate asOf) {
        for (Section s : sections) {
            add(out, s.heading(), s.text(), asOf);
            each(out, s.heading(), s.items(), asOf);
        }
    }
}
