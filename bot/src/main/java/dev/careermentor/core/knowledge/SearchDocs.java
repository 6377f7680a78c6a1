package dev.careermentor.core.knowledge;

import dev.careermentor.core.knowledge.model.Background;
import dev.careermentor.core.knowledge.model.CareerPath;
import dev.careermentor.core.knowledge.model.KnowledgeData;
import dev.careermentor.core.knowledge.model.Move;
import dev.careermentor.core.knowledge.model.PartialDate;
import dev.careermentor.core.knowledge.model.Role;
import dev.careermentor.core.knowledge.model.Section;
import dev.careermentor.core.knowledge.model.Specialization;
import dev.careermentor.core.knowledge.model.Topic;
import dev.careermentor.core.text.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the knowledge into search documents: one per fact, each citing its entry and source. */
final class SearchDocs {
    private SearchDocs() {}

    static SearchIndex index(KnowledgeData k) {
        List<SearchIndex.Doc> docs = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (CareerPath p : k.paths()) {
            names.put(p.id(), p.name() + " " + String.join(" ", p.aliases()) + " path");
            Adder a = new Adder(docs, p.id(), p.name(), p.source(), p.asOf());
            a.add("Summary", p.summary());
            a.list("Work", p.work());
            a.add("Roles", String.join(", ", p.roles()));
            a.add("Education", p.education());
            a.add("Outlook", p.outlook());
            a.list("Notes", p.notes());
        }
        for (Specialization s : k.specializations()) {
            names.put(s.id(), s.name() + " " + String.join(" ", s.aliases()));
            Adder a = new Adder(docs, s.id(), s.name(), s.source(), s.asOf());
            a.add("Summary", s.summary());
            a.list("Day to day", s.dayToDay());
            a.list("Skills", s.skills());
            a.add("Hiring outlook", s.hiring());
            a.add("Fit", s.fit());
            a.list("How to break in", s.breakIn());
            new Adder(docs, s.id(), s.name(), s.source(), s.salary().asOf()).add("Pay", Money.salaryLine(s.salary()));
        }
        for (Background b : k.backgrounds()) {
            names.put(b.id(), b.name() + " " + String.join(" ", b.aliases()) + " background");
            new Adder(docs, b.id(), b.name(), b.source(), b.asOf()).add("Background", b.note());
        }
        var sw = k.switching();
        names.put(sw.id(), "switch switching pivot change");
        Adder swa = new Adder(docs, sw.id(), sw.name(), sw.source(), sw.asOf());
        swa.add("Cost", sw.cost());
        swa.list("Advice", sw.advice());
        for (Move m : sw.moves()) {
            swa.add("Switch " + m.from() + " to " + m.to(), m.difficulty().label() + ": " + m.why());
        }
        Role r = k.role();
        names.put(r.id(), r.name() + " " + String.join(" ", r.aliases()));
        topic(docs, r.id(), r.name(), r.sections(), r.source(), r.asOf());
        Adder ra = new Adder(docs, r.id(), r.name(), r.source(), r.asOf());
        for (Role.Task t : r.tasks()) {
            ra.add("Task split", t.percent() + "% " + t.task() + (t.note() == null ? "" : ": " + t.note()));
        }
        Adder pa = new Adder(docs, r.id(), r.name(), r.source(), r.pay().asOf());
        for (Role.Figure f : r.pay().figures()) {
            pa.add(
                    "Pay",
                    f.employer() + " (" + f.basis() + "): "
                            + Money.range(
                                    f.min(), f.max(), f.openEnded(), r.pay().currency()));
        }
        pa.addAll("Pay notes", r.pay().notes());
        for (Topic t : List.of(k.pathsAdvice(), k.become(), k.hiring(), k.choosing())) {
            names.put(t.id(), t.name() + " " + String.join(" ", t.aliases()));
            topic(docs, t.id(), t.name(), t.sections(), t.source(), t.asOf());
        }
        return new SearchIndex(docs, names);
    }

    private static void topic(
            List<SearchIndex.Doc> docs,
            String id,
            String name,
            List<Section> sections,
            String source,
            PartialDate asOf) {
        Adder a = new Adder(docs, id, name, source, asOf);
        for (Section s : sections) {
            a.add(s.heading(), s.text());
            a.addAll(s.heading(), s.items());
        }
    }

    private record Adder(List<SearchIndex.Doc> docs, String id, String name, String source, PartialDate asOf) {
        void add(String label, String text) {
            if (text != null && !text.isBlank()) {
                docs.add(new SearchIndex.Doc(id, name, label, text, source, asOf));
            }
        }

        void addAll(String label, List<String> texts) {
            for (String t : texts) add(label, t);
        }

        /** A short list as one document, so a hit shows the whole list. */
        void list(String label, List<String> items) {
            if (!items.isEmpty()) add(label, "\u2022 " + String.join("\n\u2022 ", items));
        }
    }
}
