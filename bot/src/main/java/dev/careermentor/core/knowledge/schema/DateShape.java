package dev.careermentor.core.knowledge.schema;

import dev.careermentor.core.knowledge.model.PartialDate;
import dev.careermentor.core.knowledge.yaml.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A date as precise as the source states it: "2026", "2026-01" or "2026-01-06". A date in the future
 * is refused: an as-of date records when a fact was last confirmed.
 */
public final class DateShape implements Shape {

    @Override
    public String expected() {
        return "a date written YYYY, YYYY-MM or YYYY-MM-DD (for example \"2026-11\")";
    }

    @Override
    public void check(Node node, String path, Checks checks) {
        if (!(node instanceof Node.Scalar s)
                || (s.kind() != Node.Scalar.Kind.STRING && s.kind() != Node.Scalar.Kind.INTEGER)) {
            checks.add(node.location(), path, "expected " + expected() + ", but found " + Shape.found(node) + ".");
            return;
        }
        PartialDate date = PartialDate.tryParse(s.text());
        if (date == null) {
            checks.add(s.location(), path, "'" + s.text() + "' is not a date: write " + expected() + ".");
        } else if (date.start().isAfter(checks.today())) {
            checks.add(
                    s.location(),
                    path,
                    "'" + s.text() + "' is in the future (today is " + checks.today()
                            + "): an as-of date says when a fact was last confirmed, so use today or earlier.");
        }
    }

    @Override
    public Map<String, Object> toSchema(SchemaDefs defs) {
        Map<String, Object> asText = new LinkedHashMap<>();
        asText.put("type", "string");
        asText.put("pattern", PartialDate.PATTERN);
        Map<String, Object> asYear = new LinkedHashMap<>();
        asYear.put("type", "integer");
        asYear.put("minimum", 1900);
        asYear.put("maximum", 9999);
        return Map.of("oneOf", List.of(asText, asYear));
    }
}
