package dev.careermentor.core.knowledge.schema;

import dev.careermentor.core.knowledge.yaml.Node;
import java.util.LinkedHashMap;
import java.util.Map;

/** Free text with a length limit chosen so it always fits the chat platforms it is shown on. */
public final class TextShape implements Shape {
    private final int max;
    private final String why;

    /** @param why what the limit protects, e.g. "a Discord embed field" */
    public TextShape(int max, String why) {
        this.max = max;
        this.why = why;
    }

    public int max() {
        return max;
    }

    @Override
    public String expected() {
        return "text of at most " + max + " characters";
    }

    @Override
    public void check(Node node, String path, Checks checks) {
        if (!(node instanceof Node.Scalar s) || s.kind() != Node.Scalar.Kind.STRING) {
            String quoteHint = node instanceof Node.Scalar ? " Put the value in quotes to make it text." : "";
            checks.add(
                    node.location(),
                    path,
                    "expected " + expected() + ", but found " + Shape.found(node) + "." + quoteHint);
            return;
        }
        String text = s.text();
        if (text.isBlank()) {
            checks.add(s.location(), path, "is blank: write the text, or remove the field if it is optional.");
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            checks.add(
                    s.location(),
                    path,
                    String.format(
                            "text is %,d characters; the limit is %,d (%s): shorten it%s.",
                            length, max, why, max >= 300 ? " or split it into list items" : ""));
        }
        int bad = firstControl(text);
        if (bad >= 0) {
            checks.add(
                    s.location(),
                    path,
                    String.format(
                            "contains the invisible control character U+%04X: delete it (retype the text if unsure).",
                            bad));
        }
    }

    /** The first control character other than newline and tab, or -1. */
    static int firstControl(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if ((Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\t')) return cp;
            i += Character.charCount(cp);
        }
        return -1;
    }

    @Override
    public Map<String, Object> toSchema(SchemaDefs defs) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        schema.put("minLength", 1);
        schema.put("maxLength", max);
        schema.put("pattern", "\\S");
        return schema;
    }
}
