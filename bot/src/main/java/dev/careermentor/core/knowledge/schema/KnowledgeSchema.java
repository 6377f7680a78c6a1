package dev.careermentor.core.knowledge.schema;

import dev.careermentor.core.knowledge.model.KnowledgeData;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shape of {@code knowledge/knowledge.yaml}, built from the knowledge records: the same description
 * drives the validator and is written out as {@code knowledge/knowledge.schema.json} for editors.
 */
public final class KnowledgeSchema {
    private KnowledgeSchema() {}

    public static final ObjectShape ROOT = RecordShapes.of(KnowledgeData.class);

    /** The JSON Schema (draft 2020-12) document for editors. */
    public static Map<String, Object> jsonSchema() {
        SchemaDefs defs = new SchemaDefs();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://career-mentor.dev/knowledge.schema.json");
        ROOT.toSchema(defs);
        Map<String, Object> rootDef = defs.all().remove(ROOT.defName());
        if (rootDef != null) root.putAll(rootDef);
        root.put("$defs", defs.all());
        return root;
    }
}
