package dev.careermentor.core.moderation;

import dev.careermentor.core.knowledge.model.Entry;
import dev.careermentor.core.knowledge.model.KnowledgeData;
import dev.careermentor.core.knowledge.model.PartialDate;
import dev.careermentor.core.knowledge.model.Specialization;
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
        List<Entry> entries = new ArrayList<>();
        entries.addAll(k.paths());
        entries.add(k.pathsAdvice());
        entries.addAll(k.specializations());
        entries.addAll(k.backgrounds());
        entries.add(k.switching());
        entries.add(k.role());
        entries.add(k.become());
        entries.add(k.hiring());
        entries.add(k.choosing());
        entries.add(k.quiz());
        for (Entry e : entries) {
            if (e.asOf().olderThan(months, today)) out.add(new StaleFact(e.id(), e.name(), e.asOf()));
            if (e instanceof Specialization s && s.salary().asOf().olderThan(months, today)) {
                out.add(new StaleFact(
                        s.id(), s.name() + ": salary figures", s.salary().asOf()));
            }
        }
        if (k.role().pay().asOf().olderThan(months, today)) {
            out.add(new StaleFact(
                    k.role().id(),
                    k.role().name() + ": pay figures",
                    k.role().pay().asOf()));
        }
        out.sort(Comparator.comparing(StaleFact::asOf));
        return out;
    }
}
