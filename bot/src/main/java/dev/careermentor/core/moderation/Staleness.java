package dev.careermentor.core.moderation;

import dev.careermentor.core.knowledge.model.Entry;
import dev.careermentor.core.knowledge.model.KnowledgeData;
import dev.careermentor.core.knowledge.model.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds facts whose as-of date is older than a given age, so salary figures never quietly rot. A date
 * given only as a year or month counts from its first day: "2026" is stale a year after 1 January 2026.
 */
public final class Staleness {
    private Staleness() {}

    public static final int DEFAULT_MONTHS = 12;

    /** A fact past its age: the entry it belongs to, what it is, and its as-of date. */
    public record StaleFact(String entryId, String what, PartialDate asOf) {}

    public static List<StaleFact> find(KnowledgeData k, LocalDate today, int months) {
        List<StaleFact> out = new ArrayList<>();
        for (Entry e : k.entries()) {
            if (e.asOf().olderThan(months, today)) out.add(new StaleFact(e.id(), e.name(), e.asOf()));
            for (Entry.Dated d : e.dated()) {
                if (d.asOf().olderThan(months, today)) {
                    out.add(new StaleFact(e.id(), e.name() + ": " + d.what(), d.asOf()));
                }
            }
        }
        out.sort(Comparator.comparing(StaleFact::asOf));
        return out;
    }
}
