package dev.careermentor.core.knowledge.schema;

import dev.careermentor.core.knowledge.yaml.Location;
import dev.careermentor.core.knowledge.yaml.Node;
import dev.careermentor.core.text.Names;
import dev.careermentor.core.text.Similarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules a shape cannot express: unique ids and names, references that must resolve, ranges whose
 * ends must be in order, percentages that must add up. They run on the raw tree, so they still report
 * when other parts of the file are broken.
 */
public final class KnowledgeRules {
    private final Node.MapNode root;
    private final Checks checks;

    private KnowledgeRules(Node.MapNode root, Checks checks) {
        this.root = root;
        this.checks = checks;
    }

    public static void check(Node root, Checks checks) {
        if (root instanceof Node.MapNode map) {
            new KnowledgeRules(map, checks).run();
        }
    }

    private void run() {
        Set<String> sourceIds = uniqueIds(list("sources"), "sources", "source");
        checkEntryIds();
        Set<String> specIds = ids(list("specializations"));
        Set<String> backgroundIds = ids(list("backgrounds"));

        checkNames("specializations and backgrounds", concat(list("specializations"), list("backgrounds")));
        checkNames("paths", list("paths"));
        List<Node.MapNode> topics = new ArrayList<>();
        for (String key : List.of("role", "paths_advice", "become", "hiring", "choosing")) {
            if (root.get(key) instanceof Node.MapNode m) topics.add(m);
        }
        checkNames("topics", topics);

        checkSourceRefs(root, "", sourceIds);

        for (Node.MapNode spec : list("specializations")) {
            if (spec.get("salary") instanceof Node.MapNode salary) {
                String at = "specializations[" + spec.text("id") + "].salary";
                band(salary.get("early"), at + ".early");
                band(salary.get("senior"), at + ".senior");
            }
        }
        for (Node.MapNode bg : list("backgrounds")) {
            if (bg.get("suggests") instanceof Node.ListNode suggests) {
                for (Node s : suggests.items()) {
                    ref(s, "backgrounds[" + bg.text("id") + "].suggests", specIds, "specialization");
                }
            }
        }
        checkMoves(specIds, backgroundIds);
        checkRole();
        checkQuiz(specIds);
    }

    private void checkEntryIds() {
        Map<String, Location> seen = new HashMap<>();
        List<Node.MapNode> entries = new ArrayList<>();
        entries.addAll(list("paths"));
        entries.addAll(list("specializations"));
        entries.addAll(list("backgrounds"));
        for (String key : List.of("paths_advice", "switching", "role", "become", "hiring", "choosing", "quiz")) {
            if (root.get(key) instanceof Node.MapNode m) entries.add(m);
        }
        for (Node.MapNode e : entries) {
            Node id = e.get("id");
            String text = e.text("id");
            if (text == null || id == null) continue;
            Location first = seen.putIfAbsent(text, id.location());
            if (first != null) {
                checks.add(
                        id.location(),
                        "id",
                        "'" + text + "' is already the id of another entry (line " + first.line()
                                + "): ids must be unique across the file; rename one.");
            }
        }
    }

    private Set<String> uniqueIds(List<Node.MapNode> items, String path, String what) {
        Map<String, Location> seen = new LinkedHashMap<>();
        for (Node.MapNode item : items) {
            String id = item.text("id");
            if (id == null) continue;
            Location first = seen.putIfAbsent(id, item.at("id"));
            if (first != null) {
                checks.add(
                        item.at("id"),
                        path,
                        "duplicate " + what + " id '" + id + "' (first at line " + first.line()
                                + "): rename or remove one.");
            }
        }
        return seen.keySet();
    }

    /** Ids, names and aliases in one namespace must each point at exactly one entry. */
    private void checkNames(String namespace, List<Node.MapNode> entries) {
        record Owner(String id, Location at) {}
        Map<String, Owner> owners = new HashMap<>();
        for (Node.MapNode entry : entries) {
            String id = entry.text("id");
            if (id == null) continue;
            List<Node> names = new ArrayList<>();
            names.add(entry.get("id"));
            if (entry.get("name") != null) names.add(entry.get("name"));
            int firstAlias = names.size();
            if (entry.get("aliases") instanceof Node.ListNode aliases) names.addAll(aliases.items());
            Set<String> own = new LinkedHashSet<>();
            Set<String> aliasKeys = new LinkedHashSet<>();
            for (int i = 0; i < names.size(); i++) {
                if (!(names.get(i) instanceof Node.Scalar s)) continue;
                String key = Names.normalize(s.text());
                if (key.isEmpty()) continue;
                boolean alias = i >= firstAlias;
                if (alias && !aliasKeys.add(key)) {
                    checks.add(
                            s.location(),
                            "aliases",
                            "'" + s.text() + "' is listed twice among the aliases of '" + id + "': remove the repeat.");
                    continue;
                }
                if (!own.add(key)) continue; // an alias may restate the entry's own id or name
                Owner owner = owners.putIfAbsent(key, new Owner(id, s.location()));
                if (owner != null) {
                    checks.add(
                            s.location(),
                            "aliases",
                            "'" + s.text() + "' already names '" + owner.id()
                                    + "' (line " + owner.at().line() + ") among the " + namespace
                                    + ": a name may point to one entry only; remove or change one.");
                }
            }
        }
    }

    /** Every {@code source:} anywhere must name a listed source. */
    private void checkSourceRefs(Node node, String path, Set<String> sourceIds) {
        if (node instanceof Node.MapNode map) {
            for (Node.Entry e : map.entries().values()) {
                String child = path.isEmpty() ? e.key() : path + "." + e.key();
                if (e.key().equals("source")
                        && e.value() instanceof Node.Scalar s
                        && s.kind() == Node.Scalar.Kind.STRING) {
                    ref(s, child, sourceIds, "source");
                } else if (!(path.isEmpty() && e.key().equals("sources"))) {
                    checkSourceRefs(e.value(), child, sourceIds);
                }
            }
        } else if (node instanceof Node.ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                Node item = list.items().get(i);
                checkSourceRefs(item, path + ListShape.label(item, i), sourceIds);
            }
        }
    }

    private void checkMoves(Set<String> specIds, Set<String> backgroundIds) {
        if (!(root.get("switching") instanceof Node.MapNode switching)) return;
        if (switching.get("cost_months") instanceof Node.MapNode months) {
            range(months, "switching.cost_months", "months");
        }
        Set<String> from = new LinkedHashSet<>(specIds);
        from.addAll(backgroundIds);
        Set<String> pairs = new LinkedHashSet<>();
        int i = 0;
        for (Node.MapNode move : listOf(switching.get("moves"))) {
            String at = "switching.moves[#" + (++i) + "]";
            ref(move.get("from"), at + ".from", from, "specialization or background");
            ref(move.get("to"), at + ".to", specIds, "specialization");
            String f = move.text("from");
            String t = move.text("to");
            if (f != null && f.equals(t)) {
                checks.add(move.location(), at, "goes from '" + f + "' to itself: change 'to'.");
            } else if (f != null && t != null && !pairs.add(f + ">" + t)) {
                checks.add(move.location(), at, "the move " + f + " -> " + t + " is listed twice: keep one.");
            }
        }
    }

    private void checkRole() {
        if (!(root.get("role") instanceof Node.MapNode role)) return;
        if (role.get("tasks") instanceof Node.ListNode tasks) {
            long sum = 0;
            boolean allNumbers = true;
            for (Node t : tasks.items()) {
                if (t instanceof Node.MapNode m
                        && m.get("percent") instanceof Node.Scalar s
                        && s.kind() == Node.Scalar.Kind.INTEGER) {
                    sum += IntShape.value(s);
                } else {
                    allNumbers = false;
                }
            }
            if (allNumbers && sum != 100) {
                checks.add(
                        tasks.location(),
                        "role.tasks",
                        "the task percents add up to " + sum + "; they must add up to 100: adjust them.");
            }
        }
        if (role.get("pay") instanceof Node.MapNode pay) {
            int i = 0;
            for (Node.MapNode figure : listOf(pay.get("figures"))) {
                range(figure, "role.pay.figures[#" + (++i) + "]", "pay");
            }
        }
    }

    private void checkQuiz(Set<String> specIds) {
        if (!(root.get("quiz") instanceof Node.MapNode quiz)) return;
        uniqueIds(listOf(quiz.get("questions")), "quiz.questions", "question");
        for (Node.MapNode question : listOf(quiz.get("questions"))) {
            String qPath = "quiz.questions[" + question.text("id") + "]";
            Set<String> labels = new LinkedHashSet<>();
            int i = 0;
            for (Node.MapNode option : listOf(question.get("options"))) {
                String oPath = qPath + ".options[#" + (++i) + "]";
                String label = option.text("label");
                if (label != null && !labels.add(Names.normalize(label))) {
                    checks.add(
                            option.at("label"),
                            oPath + ".label",
                            "'" + label + "' is already an option of this question: make each answer different.");
                }
                if (!(option.get("weights") instanceof Node.MapNode weights)) continue;
                boolean anyPositive = false;
                for (Node.Entry w : weights.entries().values()) {
                    if (!specIds.contains(w.key())) {
                        String hint = Similarity.didYouMean(w.key(), specIds);
                        checks.add(
                                w.keyLocation(),
                                oPath + ".weights",
                                "'" + w.key()
                                        + "' is not a specialization id: " + (hint.isEmpty() ? "" : hint + " ")
                                        + "Use one of " + String.join(", ", specIds) + ".");
                    }
                    if (w.value() instanceof Node.Scalar s
                            && s.kind() == Node.Scalar.Kind.INTEGER
                            && !s.text().startsWith("-")
                            && !s.text().equals("0")) {
                        anyPositive = true;
                    }
                }
                if (!anyPositive && !weights.entries().isEmpty()) {
                    checks.add(
                            weights.location(),
                            oPath + ".weights",
                            "every weight is 0, so this answer counts for nothing: give at least one "
                                    + "specialization 1 or more.");
                }
            }
        }
    }

    private void band(@Nullable Node node, String path) {
        if (node instanceof Node.MapNode map) range(map, path, "pay");
    }

    /** min must not exceed max (when both are numbers; type errors are reported elsewhere). */
    private void range(Node.MapNode map, String path, String what) {
        if (map.get("min") instanceof Node.Scalar lo
                && lo.kind() == Node.Scalar.Kind.INTEGER
                && map.get("max") instanceof Node.Scalar hi
                && hi.kind() == Node.Scalar.Kind.INTEGER) {
            try {
                long min = IntShape.value(lo);
                long max = IntShape.value(hi);
                if (min > max) {
                    checks.add(
                            lo.location(),
                            path,
                            String.format(
                                    "min %,d is greater than max %,d: the %s range is backwards; swap them or fix the typo.",
                                    min, max, what));
                }
            } catch (NumberFormatException ignored) {
                // reported by IntShape
            }
        }
    }

    private void ref(@Nullable Node node, String path, Set<String> known, String what) {
        if (!(node instanceof Node.Scalar s) || s.kind() != Node.Scalar.Kind.STRING) return;
        if (!known.contains(s.text())) {
            String hint = Similarity.didYouMean(s.text(), known);
            checks.add(
                    s.location(),
                    path,
                    "'" + s.text() + "' is not a known " + what + " id: " + (hint.isEmpty() ? "" : hint + " ")
                            + "Known: " + String.join(", ", known) + ".");
        }
    }

    private List<Node.MapNode> list(String key) {
        return listOf(root.get(key));
    }

    private static List<Node.MapNode> listOf(@Nullable Node node) {
        List<Node.MapNode> out = new ArrayList<>();
        if (node instanceof Node.ListNode list) {
            for (Node n : list.items()) {
                if (n instanceof Node.MapNode m) out.add(m);
            }
        }
        return out;
    }

    private static Set<String> ids(List<Node.MapNode> items) {
        Set<String> ids = new LinkedHashSet<>();
        for (Node.MapNode m : items) {
            if (m.text("id") != null) ids.add(m.text("id"));
        }
        return ids;
    }

    private static List<Node.MapNode> concat(List<Node.MapNode> a, List<Node.MapNode> b) {
        List<Node.MapNode> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
