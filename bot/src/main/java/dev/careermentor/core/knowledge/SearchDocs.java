package dev.careermentor.core.knowledge;

import dev.careermentor.core.knowledge.model.Entry;
import dev.careermentor.core.knowledge.model.KnowledgeData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the knowledge into search documents: one per passage of every entry, each citing its entry and source. */
final class SearchDocs {
    private SearchDocs() {}

    static SearchIndex index(KnowledgeData k) {
        List<SearchIndex.Doc> docs = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (Entry e : k.entries()) {
            names.put(e.id(), e.name() + " " + String.join(" ", e.aliases()) + " " + e.kind());
            for (Entry.Passage p : e.passages()) {
                docs.add(new SearchIndex.Doc(e.id(), e.name(), p.label(), p.body(), e.source(), p.asOf()));
            }
        }
        return new SearchIndex(docs, names);
    }
}
