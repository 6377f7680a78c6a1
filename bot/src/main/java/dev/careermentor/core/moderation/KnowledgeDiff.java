package dev.careermentor.core.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.careermentor.core.knowledge.model.Entry;
import dev.careermentor.core.knowledge.model.KnowledgeData;
import dev.careermentor.core.knowledge.model.Role;
import dev.careermentor.core.knowledge.model.Salary;
import dev.careermentor.core.knowledge.model.Source;
import dev.careermentor.core.knowledge.model.Specialization;
import dev.careermentor.core.text.Pay;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What changes between two versions of the knowledge: entries added, removed and changed (with the
 * fields that changed), and every salary or pay figure before and after. Moderators read it before a
 * reload; content pull requests print it in CI.
 */
public record KnowledgeDiff(
        List<String> added, List<String> removed, List<Changed> changed, List<FigureChange> figures) {

    /** An entry present in both versions whose content differs. */
    public record Changed(String id, String kind, List<String> details) {}

    /** A money figure that moved. */
    public record FigureChange(String what, String before, String after) {
        @Override
        public String toString() {
            return what + ": " + before + " \u2192 " + after;
        }
    }

    private static final ObjectMapper JSON =
            new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && figures.isEmpty();
    }

    /** "2 added, 1 removed, 3 changed, 2 figures" or "no changes". */
    public String summary() {
        if (isEmpty()) return "no changes";
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) parts.add(added.size() + " added");
        if (!removed.isEmpty()) parts.add(removed.size() + " removed");
        if (!changed.isEmpty()) parts.add(changed.size() + " changed");
        if (!figures.isEmpty()) parts.add(figures.size() + (figures.size() == 1 ? " figure" : " figures"));
        return String.join(", ", parts);
    }

    /** The whole diff as lines of text, for terminals and CI logs. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        if (isEmpty()) {
            out.add("No changes.");
            return out;
        }
        for (String a : added) out.add("+ added   " + a);
        for (String r : removed) out.add("- removed " + r);
        for (Changed c : changed) {
            out.add("~ changed " + c.kind() + " " + c.id());
            for (String d : c.details()) out.add("      " + d);
        }
        for (FigureChange f : figures) out.add("$ " + f);
        return out;
    }

    public static KnowledgeDiff between(KnowledgeData before, KnowledgeData after) {
        Map<String, Labeled> old = entries(before);
        Map<String, Labeled> now = entries(after);
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        for (var e : now.entrySet()) {
            if (!old.containsKey(e.getKey())) added.add(e.getValue().kind() + " " + e.getKey());
        }
        for (var e : old.entrySet()) {
            Labeled then = e.getValue();
            Labeled later = now.get(e.getKey());
            if (later == null) {
                removed.add(then.kind() + " " + e.getKey());
                continue;
            }
            List<String> details = fieldChanges(JSON.valueToTree(then.value()), JSON.valueToTree(later.value()));
            if (!details.isEmpty()) changed.add(new Changed(displayId(e.getKey()), later.kind(), details));
        }
        return new KnowledgeDiff(
                List.copyOf(added), List.copyOf(removed), List.copyOf(changed), figures(before, after));
    }

    private record Labeled(String kind, Object value) {}

    /** Every entry by id; sources get a "source:" prefix because their ids are a separate namespace. */
    private static Map<String, Labeled> entries(KnowledgeData k) {
        Map<String, Labeled> out = new LinkedHashMap<>();
        for (Source s : k.sources()) out.put("source:" + s.id(), new Labeled("source", s));
        for (Entry e : k.entries()) out.put(e.id(), new Labeled(e.kind(), e));
        return out;
    }

    private static String displayId(String key) {
        return key.startsWith("source:") ? key.substring("source:".length()) : key;
    }

    /** One line per top-level field that differs; lists of text show what was added and removed. */
    static List<String> fieldChanges(JsonNode before, JsonNode after) {
        List<String> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode a = before.get(name);
            JsonNode b = after.get(name);
            if (a == null || a.isNull()) a = null;
            if (b == null || b.isNull()) b = null;
            if (a == null && b == null) continue;
            if (a != null && a.equals(b)) continue;
            if (a == null) {
                out.add(name + ": added");
            } else if (b == null) {
                out.add(name + ": removed");
            } else if (isTextList(a) && isTextList(b)) {
                out.add(name + ": " + listChange(a, b));
            } else if (a.isArray() && b.isArray()) {
                out.add(name + ": " + a.size() + " \u2192 " + b.size() + " items, contents changed");
            } else if (a.isValueNode() && b.isValueNode()) {
                out.add(name + ": " + shorten(a.asText()) + " \u2192 " + shorten(b.asText()));
            } else {
                out.add(name + ": changed");
            }
        }
        return out;
    }

    private static boolean isTextList(JsonNode n) {
        if (!n.isArray()) return false;
        for (JsonNode item : n) {
            if (!item.isTextual()) return false;
        }
        return true;
    }

    private static String listChange(JsonNode a, JsonNode b) {
        Set<String> before = texts(a);
        Set<String> after = texts(b);
        List<String> parts = new ArrayList<>();
        for (String s : after) if (!before.contains(s)) parts.add("+ \u201C" + shorten(s) + "\u201D");
        for (String s : before) if (!after.contains(s)) parts.add("\u2212 \u201C" + shorten(s) + "\u201D");
        return parts.isEmpty() ? "reordered" : String.join(", ", parts);
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); )
            out.add(it.next().asText());
        return out;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 59) + "\u2026" : s;
    }

    private static List<FigureChange> figures(KnowledgeData before, KnowledgeData after) {
        List<FigureChange> out = new ArrayList<>();
        Map<String, Specialization> old = new LinkedHashMap<>();
        before.specializations().forEach(s -> old.put(s.id(), s));
        for (Specialization s : after.specializations()) {
            Specialization was = old.get(s.id());
            if (was == null) continue;
            for (Salary.Level level : Salary.Level.values()) {
                compare(
                        out,
                        s.name() + ", " + Pay.label(level).toLowerCase(Locale.ROOT),
                        Pay.band(was.salary(), level) + basis(was),
                        Pay.band(s.salary(), level) + basis(s));
            }
        }
        Map<String, Role.Figure> oldPay = new LinkedHashMap<>();
        before.role().pay().figures().forEach(f -> oldPay.put(f.employer(), f));
        Role.Pay oldRolePay = before.role().pay();
        Role.Pay rolePay = after.role().pay();
        for (Role.Figure f : rolePay.figures()) {
            Role.Figure was = oldPay.remove(f.employer());
            String now = Pay.range(rolePay, f) + " " + f.basis();
            String then = was == null ? "(none)" : Pay.range(oldRolePay, was) + " " + was.basis();
            compare(out, after.role().name() + ", " + f.employer(), then, now);
        }
        for (Role.Figure gone : oldPay.values()) {
            compare(
                    out,
                    before.role().name() + ", " + gone.employer(),
                    Pay.range(oldRolePay, gone) + " " + gone.basis(),
                    "(removed)");
        }
        return List.copyOf(out);
    }

    private static String basis(Specialization s) {
        return " (" + Pay.basis(s.salary()) + ")";
    }

    private static void compare(List<FigureChange> out, String what, String before, String after) {
        if (!before.equals(after)) out.add(new FigureChange(what, before, after));
    }
}
