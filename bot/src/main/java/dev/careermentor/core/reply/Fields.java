package dev.careermentor.core.reply;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds fields that fit: long values continue in further fields instead of being cut. */
public final class Fields {
    private Fields() {}

    public static final String BULLET = "\u2022 ";

    static List<Field> of(String name, @Nullable String value, boolean inline) {
        String n = Limits.shorten(name, Limits.FIELD_NAME);
        if (value == null || value.isBlank()) return List.of();
        if (value.length() <= Limits.FIELD_VALUE) return List.of(new Field(n, value, inline));
        List<String> parts = TextSplitter.PLAIN.split(value, Limits.FIELD_VALUE);
        List<Field> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            out.add(new Field(i == 0 ? n : n + " (continued)", parts.get(i), inline));
        }
        return out;
    }

    static List<Field> bullets(String name, List<String> items) {
        if (items == null || items.isEmpty()) return List.of();
        String n = Limits.shorten(name, Limits.FIELD_NAME);
        List<Field> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String item : items) {
            String line = BULLET + item;
            if (line.length() > Limits.FIELD_VALUE) line = Limits.shorten(line, Limits.FIELD_VALUE);
            if (current.length() > 0 && current.length() + 1 + line.length() > Limits.FIELD_VALUE) {
                out.add(new Field(out.isEmpty() ? n : n + " (continued)", current.toString(), false));
                current.setLength(0);
            }
            if (current.length() > 0) current.append('\n');
            current.append(line);
        }
        if (current.length() > 0) {
            out.add(new Field(out.isEmpty() ? n : n + " (continued)", current.toString(), false));
        }
        return out;
    }
}
