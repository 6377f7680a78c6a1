package dev.careermentor.core.knowledge.schema;

import java.util.LinkedHashMap;
import java.util.Map;

/** The named object definitions ({@code $defs}) gathered while writing the JSON Schema. */
public final class SchemaDefs {
    private final Map<String, Map<String, Object>> defs = new LinkedHashMap<>();

    /** Returns a {@code $ref} to the object, defining it the first time it is seen. */
    Map<String, Object> ref(ObjectShape shape) {
        String key = shape.defName();
        if (!defs.containsKey(key)) {
            defs.put(key, null); // reserve first: a shape may refer to itself indirectly
            defs.put(key, shape.definition(this));
        }
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("$ref", "#/$defs/" + key);
        return ref;
    }

    Map<String, Map<String, Object>> all() {
        return defs;
    }
}
