package dev.careermentor.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careermentor.Fixtures;
import dev.careermentor.core.knowledge.model.Entry;
import dev.careermentor.core.knowledge.schema.KnowledgeSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped knowledge file loads, covers what the product promises, and matches its schema. */
class KnowledgeFileTest {

    @Test
    void theShippedKnowledgeIsValid() {
        KnowledgeLoader.Result r = new KnowledgeLoader(Fixtures.CLOCK).load(Fixtures.knowledgeDir());
        assertTrue(
                r.ok(),
                () -> String.join(
                        "\n", r.problems().stream().map(Problem::toString).toList()));
    }

    @Test
    void itCoversThePathsSpecializationsAndSources() {
        Knowledge k = Fixtures.real();
        assertEquals(
                List.of("engineering", "research"),
                k.paths().all().stream().map(Entry::id).toList());
        assertEquals(
                List.of("applied-llm", "inference-serving", "fine-tuning", "mlops", "ml-research", "safety-eval"),
                k.specializations().all().stream().map(Entry::id).toList());
        assertEquals(
                Set.of(
                        "two-paths",
                        "llm-engineer-assessment",
                        "hiring-thoughts",
                        "become-llm-engineer",
                        "six-specializations"),
                k.data().sources().stream().map(s -> s.id()).collect(Collectors.toSet()));
        int questions = k.quiz().questions().size();
        assertTrue(questions >= 4 && questions <= 6, "4 to 6 quiz questions");
    }

    @Test
    void usersCanTypeTheCommonNames() {
        Knowledge k = Fixtures.real();
        for (String[] pair : new String[][] {
            {"serving", "inference-serving"}, {"inference", "inference-serving"}, {"infra", "mlops"},
            {"mlops", "mlops"}, {"evals", "safety-eval"}, {"safety", "safety-eval"},
            {"research engineer", "ml-research"}, {"Fine-Tuning", "fine-tuning"}, {"RAG", "applied-llm"}
        }) {
            var r = k.specializations().resolve(pair[0]);
            assertTrue(r.found(), pair[0] + " should name a specialization");
            assertEquals(pair[1], r.entry().id(), pair[0]);
        }
    }

    @Test
    void everyEntryCitesAListedSourceAndAnAsOfDate() {
        Knowledge k = Fixtures.real();
        List<Entry> entries = new ArrayList<>();
        entries.addAll(k.paths().all());
        entries.addAll(k.specializations().all());
        entries.addAll(k.backgrounds().all());
        entries.addAll(k.topics().all());
        entries.add(k.data().role());
        entries.add(k.data().switching());
        entries.add(k.quiz());
        for (Entry e : entries) {
            assertTrue(k.source(e.source()) != null, e.id() + " cites " + e.source());
            assertTrue(e.asOf() != null, e.id() + " has an as-of date");
        }
    }

    @Test
    void theShippedSchemaIsTheOneTheValidatorUses() throws IOException {
        Path file = Fixtures.knowledgeDir().resolve("knowledge.schema.json");
        ObjectMapper json = new ObjectMapper();
        // Compare canonical text: parsed numbers come back as ints, generated ones as longs.
        String shipped = json.writeValueAsString(json.readTree(Files.readString(file)));
        String current = json.writeValueAsString(json.readTree(json.writeValueAsString(KnowledgeSchema.jsonSchema())));
        assertTrue(
                shipped.equals(current),
                "knowledge/knowledge.schema.json is out of date: regenerate it with "
                        + "java -jar bot/target/career-mentor.jar schema > knowledge/knowledge.schema.json");
    }
}
