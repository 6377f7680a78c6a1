package dev.careermentor.core.knowledge.schema;

import dev.careermentor.core.knowledge.model.Entry;
import dev.careermentor.core.knowledge.model.Move;
import dev.careermentor.core.knowledge.model.Quiz;
import dev.careermentor.core.knowledge.model.Source;
import dev.careermentor.core.knowledge.model.Specialization;
import dev.careermentor.core.knowledge.model.Topic;
import dev.careermentor.core.knowledge.model.meta.Kind;
import dev.careermentor.core.knowledge.model.meta.SumsTo;
import dev.careermentor.core.knowledge.yaml.Location;
import dev.careermentor.core.knowledge.yaml.Node;
import dev.careermentor.core.text.Names;
import dev.careermentor.core.text.Similarity;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The rules a shape cannot express: unique ids and names, references that must resolve, ranges whose
 * ends must be in order, shares that must add up. They find what to check by walking the file with its
 * shapes (every record that is an entry, every {@code @Ref}, every {@code ordered} pair), so a new topic
 * or a new kind of entry is checked with no change here. They run on the raw tree, so they still report
 * when other parts of the file are broken.
 */
public final class KnowledgeRules {
    /** At most this many topics may have a command word: each is a Discord subcommand, 25 at most in all. */
    public static final int MAX_TOPIC_COMMANDS = 8;

    private final Checks checks;
    private final List<Found> objects = new ArrayList<>();
    private final List<FoundRef> refs = new ArrayList<>();
    /** References to ids nobody defines, reported together once every reference has been seen. */
    private final List<Unresolved> unresolved = new ArrayList<>();
    /** Every id some reference names and finds. */
    private final Set<String> resolved = new LinkedHashSet<>();

    private record Found(Node.MapNode node, ObjectShape shape, String path) {}

    private record FoundRef(Node.Scalar node, IdShape shape, String path) {}

    /**
     * A reference to an id that no record of the kinds it may name has.
     *
     * @param what how messages name those kinds, e.g. "specialization"
     * @param kinds the records it may name
     * @param known their ids, in file order
     * @param message what to say when this reference is reported on its own
     */
    private record Unresolved(
            String id,
            Location at,
            String path,
            String what,
            java.util.function.Predicate<Found> kinds,
            Set<String> known,
            String message) {}

    private KnowledgeRules(Checks checks) {
        this.checks = checks;
    }

    public static void check(Node root, Checks checks) {
        if (!(root instanceof Node.MapNode)) return;
        KnowledgeRules rules = new KnowledgeRules(checks);
        ShapeWalk.walk(root, KnowledgeSchema.ROOT, "", new ShapeWalk.Visitor() {
            @Override
            public void object(Node.MapNode node, ObjectShape shape, String path) {
                rules.objects.add(new Found(node, shape, path));
            }

            @Override
            public void id(Node.Scalar node, IdShape shape, String path) {
                if (!shape.targets().isEmpty()) rules.refs.add(new FoundRef(node, shape, path));
            }
        });
        rules.run();
    }

    private void run() {
        uniqueIds(of(Source.class), "sources", "source");
        uniqueEntryIds();
        names();
        references();
        for (Found f : objects) {
            ordered(f);
            sums(f);
        }
        moves(of(Move.class));
        quiz(of(Quiz.class), idsOf(isA(Specialization.class)));
        unresolved();
        topicCommands();
        standings();
    }

    /** A claim such as most-openings belongs to one entry of a kind at most: two "most" cannot both be true. */
    private void standings() {
        Map<String, String> owners = new HashMap<>();
        for (Found f : objects) {
            if (!(f.node().get("stands_out") instanceof Node.ListNode claims)) continue;
            for (Node claim : claims.items()) {
                if (!(claim instanceof Node.Scalar s)) continue;
                String key = f.shape().name() + "|" + s.text();
                String owner = owners.putIfAbsent(key, String.valueOf(f.node().text("id")));
                if (owner != null) {
                    checks.add(
                            s.location(),
                            f.path() + ".stands_out",
                            "'" + s.text() + "' is already claimed by "
                                    + f.shape().name() + " '" + owner
                                    + "': only one can stand out for it; remove one of the two.");
                }
            }
        }
    }

    private List<Found> of(Class<?> type) {
        return objects.stream().filter(f -> f.shape().type() == type).toList();
    }

    private static java.util.function.Predicate<Found> isA(Class<?> type) {
        return f -> type.isAssignableFrom(f.shape().type());
    }

    /** Ids of the records matching {@code which}, in file order. */
    private Set<String> idsOf(java.util.function.Predicate<Found> which) {
        Set<String> ids = new LinkedHashSet<>();
        for (Found f : objects) {
            String id = f.node().text("id");
            if (which.test(f) && id != null) ids.add(id);
        }
        return ids;
    }

    private void uniqueIds(List<Found> items, String path, String what) {
        Map<String, Location> seen = new LinkedHashMap<>();
        for (Found f : items) {
            String id = f.node().text("id");
            if (id == null) continue;
            Location first = seen.putIfAbsent(id, f.node().at("id"));
            if (first != null) {
                checks.add(
                        f.node().at("id"),
                        path,
                        "duplicate " + what + " id '" + id + "' (first at line " + first.line()
                                + "): rename or remove one.");
            }
        }
    }

    /** Entry ids name answers, reports and buttons: one id, one entry, across the whole file. */
    private void uniqueEntryIds() {
        Map<String, Location> seen = new HashMap<>();
        for (Found f : objects) {
            if (!Entry.class.isAssignableFrom(f.shape().type())) continue;
            String text = f.node().text("id");
            if (text == null) continue;
            Location at = f.node().at("id");
            Location first = seen.putIfAbsent(text, at);
            if (first != null) {
                checks.add(
                        at,
                        "id",
                        "'" + text + "' is already the id of another entry (line " + first.line()
                                + "): ids must be unique across the file; rename one.");
            }
        }
    }

    /** Ids, names and aliases in one namespace must each point at exactly one entry. */
    private void names() {
        Map<String, List<Found>> namespaces = new LinkedHashMap<>();
        for (Found f : objects) {
            Kind kind = f.shape().type().getAnnotation(Kind.class);
            if (kind != null && !kind.names().isEmpty()) {
                namespaces.computeIfAbsent(kind.names(), k -> new ArrayList<>()).add(f);
            }
        }
        namespaces.forEach(this::names);
    }

    private void names(String namespace, List<Found> entries) {
        record Owner(String id, Location at) {}
        Map<String, Owner> owners = new HashMap<>();
        for (Found found : entries) {
            Node.MapNode entry = found.node();
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
                            "'" + s.text() + "' already names '" + owner.id() + "' (line "
                                    + owner.at().line()
                                    + ") among the " + namespace
                                    + ": a name may point to one entry only; remove or change one.");
                }
            }
        }
    }

    /** Every {@code @Ref} must name a record of a kind it may name. */
    private void references() {
        for (FoundRef ref : refs) {
            java.util.function.Predicate<Found> kinds =
                    f -> ref.shape().targets().contains(f.shape().type());
            Set<String> known = idsOf(kinds);
            String id = ref.node().text();
            if (known.contains(id)) {
                resolved.add(id);
                continue;
            }
            String what = ref.shape().targets().stream()
                    .map(t -> {
                        Kind k = t.getAnnotation(Kind.class);
                        return k == null ? t.getSimpleName() : k.name();
                    })
                    .collect(Collectors.joining(" or "));
            String hint = Similarity.didYouMean(id, known);
            unresolved.add(new Unresolved(
                    id,
                    ref.node().location(),
                    ref.path(),
                    what,
                    kinds,
                    known,
                    "'" + id + "' is not a known " + what + " id: " + (hint.isEmpty() ? "" : hint + " ") + "Known: "
                            + String.join(", ", known) + "."));
        }
    }

    /**
     * Reports references to unknown ids. One stray reference gets its own "did you mean". Several that
     * share one unknown id are one problem: usually an entry's id was renamed (its references still use
     * the old one), and eleven "did you mean 'MLOps'?" lines would only spread the new, maybe invalid,
     * id. When an entry of the right kind that nothing refers to has an id close to the shared one, the
     * problem is reported at that entry's id as a rename; otherwise at the first reference.
     */
    private void unresolved() {
        Map<String, List<Unresolved>> byId = new LinkedHashMap<>();
        for (Unresolved u : unresolved) {
            byId.computeIfAbsent(u.id(), k -> new ArrayList<>()).add(u);
        }
        for (List<Unresolved> group : byId.values()) {
            Unresolved first = group.get(0);
            if (group.size() == 1) {
                checks.add(first.at(), first.path(), first.message());
                continue;
            }
            String places = places(group);
            Found renamed = renamed(group);
            if (renamed != null) {
                String newId = String.valueOf(renamed.node().text("id"));
                checks.add(
                        renamed.node().at("id"),
                        renamed.path() + ".id",
                        "'" + newId + "' looks like a rename of '" + first.id() + "', which " + group.size()
                                + " references still use: " + places + ". Rename those too, or change the id back.");
            } else {
                String hint = Similarity.didYouMean(first.id(), first.known());
                checks.add(
                        first.at(),
                        first.path(),
                        "'" + first.id() + "' is not a known " + first.what() + " id, and " + group.size()
                                + " references use it: " + places + ". "
                                + (hint.isEmpty()
                                        ? ""
                                        : "Did you mean " + hint.substring("did you mean ".length()) + " ")
                                + "Known: " + String.join(", ", first.known())
                                + ". Add the " + first.what() + " back, or change those references."
                                + onlyUnreferenced(group));
            }
        }
    }

    /** A hint when one record of the right kind is referred to by nothing: it may be the renamed one. */
    private String onlyUnreferenced(List<Unresolved> group) {
        Map<String, Found> unreferenced = unreferenced(group);
        if (unreferenced.size() != 1) return "";
        String id = unreferenced.keySet().iterator().next();
        return " If '" + group.get(0).id() + "' was renamed to '" + id + "' (the only "
                + group.get(0).what() + " nothing refers to), rename those references too, or change its id back.";
    }

    /** "a.b (line 4), c (line 9), ... and 3 more (lines 12, 15, 20)": every line, the first few paths. */
    private static String places(List<Unresolved> group) {
        int shown = 6;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(shown, group.size()); i++) {
            Unresolved u = group.get(i);
            out.add(u.path() + " (line " + u.at().line() + ")");
        }
        String text = String.join(", ", out);
        if (group.size() > shown) {
            List<String> lines = group.subList(shown, group.size()).stream()
                    .map(u -> String.valueOf(u.at().line()))
                    .toList();
            text += " and " + lines.size() + " more (line" + (lines.size() == 1 ? " " : "s ") + String.join(", ", lines)
                    + ")";
        }
        return text;
    }

    /**
     * The entry whose id looks renamed from the one {@code group} uses: one that nothing refers to by
     * its id, whose id is the old one in another case or close to it. Null when there is none.
     */
    private @Nullable Found renamed(List<Unresolved> group) {
        String old = group.get(0).id();
        Map<String, Found> unreferenced = unreferenced(group);
        for (Map.Entry<String, Found> e : unreferenced.entrySet()) {
            if (e.getKey().equalsIgnoreCase(old)) return e.getValue();
        }
        List<String> close = Similarity.closest(old, unreferenced.keySet(), 1);
        return close.isEmpty() ? null : unreferenced.get(close.get(0));
    }

    /** The records every reference in {@code group} may name that no reference names, by id. */
    private Map<String, Found> unreferenced(List<Unresolved> group) {
        Map<String, Found> out = new LinkedHashMap<>();
        for (Found f : objects) {
            String id = f.node().text("id");
            if (id != null
                    && !resolved.contains(id)
                    && group.stream().allMatch(u -> u.kinds().test(f))) {
                out.putIfAbsent(id, f);
            }
        }
        return out;
    }

    /** {@code ordered = "min<=max"}: the first must not exceed the second (when both are numbers). */
    private void ordered(Found f) {
        Kind kind = f.shape().type().getAnnotation(Kind.class);
        if (kind == null) return;
        for (String pair : kind.ordered()) {
            String[] ends = pair.split("<=", 2);
            Long lo = number(f.node().get(ends[0]));
            Long hi = number(f.node().get(ends[1]));
            if (lo != null && hi != null && lo > hi) {
                checks.add(
                        f.node().at(ends[0]),
                        f.path(),
                        String.format(
                                "%s %,d is greater than %s %,d: the range is backwards; swap them or fix the typo.",
                                ends[0], lo, ends[1], hi));
            }
        }
    }

    /** A list marked {@code @SumsTo}: its items' numbers must add up (when every one is a number). */
    private void sums(Found f) {
        for (RecordComponent c : f.shape().type().getRecordComponents()) {
            SumsTo sum = c.getAnnotatedType().getAnnotation(SumsTo.class);
            String key = RecordShapes.key(c);
            if (sum == null || !(f.node().get(key) instanceof Node.ListNode list)) continue;
            long total = 0;
            boolean allNumbers = true;
            for (Node item : list.items()) {
                Long n = item instanceof Node.MapNode m ? number(m.get(sum.field())) : null;
                if (n == null) allNumbers = false;
                else total += n;
            }
            if (allNumbers && total != sum.total()) {
                String at = f.path().isEmpty() ? key : f.path() + "." + key;
                checks.add(
                        list.location(),
                        at,
                        "the " + sum.field() + " values add up to " + total + "; they must add up to " + sum.total()
                                + ": adjust them.");
            }
        }
    }

    /** A move goes somewhere else, and each move is listed once. */
    private void moves(List<Found> moves) {
        Set<String> pairs = new LinkedHashSet<>();
        for (Found move : moves) {
            String f = move.node().text("from");
            String t = move.node().text("to");
            if (f != null && f.equals(t)) {
                checks.add(move.node().location(), move.path(), "goes from '" + f + "' to itself: change 'to'.");
            } else if (f != null && t != null && !pairs.add(f + ">" + t)) {
                checks.add(
                        move.node().location(),
                        move.path(),
                        "the move " + f + " -> " + t + " is listed twice: keep one.");
            }
        }
    }

    /**
     * Question ids are unique; each answer differs, gives some specialization points, and leaves out only
     * break_in steps that exist.
     */
    private void quiz(List<Found> quizzes, Set<String> specIds) {
        Set<String> steps = breakInSteps();
        for (Found quiz : quizzes) {
            List<Found> questions = within(quiz, "questions");
            uniqueIds(questions, quiz.path() + ".questions", "question");
            for (Found question : questions) {
                Set<String> labels = new LinkedHashSet<>();
                for (Found option : within(question, "options")) {
                    weights(option, labels, specIds);
                    skipSteps(option, steps);
                }
            }
        }
    }

    /** Every specialization's break_in steps, in file order. */
    private Set<String> breakInSteps() {
        Set<String> steps = new LinkedHashSet<>();
        for (Found f : objects) {
            if (!Specialization.class.isAssignableFrom(f.shape().type())) continue;
            if (!(f.node().get("break_in") instanceof Node.ListNode list)) continue;
            for (Node item : list.items()) {
                if (item instanceof Node.Scalar s) steps.add(s.text());
            }
        }
        return steps;
    }

    /** A skipped step must be a break_in step word for word, or the result would leave out nothing. */
    private void skipSteps(Found option, Set<String> steps) {
        if (!(option.node().get("skip_steps") instanceof Node.ListNode list)) return;
        for (Node item : list.items()) {
            if (!(item instanceof Node.Scalar s) || steps.contains(s.text())) continue;
            String hint = Similarity.didYouMean(s.text(), steps);
            checks.add(
                    s.location(),
                    option.path() + ".skip_steps",
                    "'" + s.text() + "' is not a break_in step of any specialization: "
                            + (hint.isEmpty() ? "" : hint + " ")
                            + "copy the step word for word from a specialization's break_in.");
        }
    }

    private void weights(Found option, Set<String> labels, Set<String> specIds) {
        String label = option.node().text("label");
        if (label != null && !labels.add(Names.normalize(label))) {
            checks.add(
                    option.node().at("label"),
                    option.path() + ".label",
                    "'" + label + "' is already an option of this question: make each answer different.");
        }
        if (!(option.node().get("weights") instanceof Node.MapNode weights)) return;
        boolean anyPositive = false;
        for (Node.Entry w : weights.entries().values()) {
            if (specIds.contains(w.key())) {
                resolved.add(w.key());
            } else {
                String hint = Similarity.didYouMean(w.key(), specIds);
                unresolved.add(new Unresolved(
                        w.key(),
                        w.keyLocation(),
                        option.path() + ".weights",
                        "specialization",
                        isA(Specialization.class),
                        specIds,
                        "'" + w.key() + "' is not a specialization id: " + (hint.isEmpty() ? "" : hint + " ")
                                + "Use one of " + String.join(", ", specIds) + "."));
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
                    option.path() + ".weights",
                    "every weight is 0, so this answer counts for nothing: give at least one "
                            + "specialization 1 or more.");
        }
    }

    /** The records found in the list {@code key} of {@code parent}. */
    private List<Found> within(Found parent, String key) {
        List<Found> out = new ArrayList<>();
        if (!(parent.node().get(key) instanceof Node.ListNode list)) return out;
        for (Node item : list.items()) {
            for (Found f : objects) {
                if (f.node() == item) out.add(f);
            }
        }
        return out;
    }

    /** A topic's command word opens it directly: one topic per word, and few enough for Discord. */
    private void topicCommands() {
        Map<String, String> owners = new HashMap<>();
        int count = 0;
        for (Found f : of(Topic.class)) {
            String word = f.node().text("command");
            if (word == null) continue;
            count++;
            String owner = owners.putIfAbsent(word, String.valueOf(f.node().text("id")));
            if (owner != null) {
                checks.add(
                        f.node().at("command"),
                        f.path() + ".command",
                        "'" + word + "' is already the command of topic '" + owner
                                + "': give each topic its own word.");
            }
            if (count == MAX_TOPIC_COMMANDS + 1) {
                checks.add(
                        f.node().at("command"),
                        f.path() + ".command",
                        "at most " + MAX_TOPIC_COMMANDS + " topics may have a command word (each is a Discord "
                                + "subcommand): remove this one; the topic still opens with topic <name>.");
            }
        }
    }

    static @Nullable Long number(@Nullable Node node) {
        if (node instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.INTEGER) {
            try {
                return IntShape.value(s);
            } catch (NumberFormatException tooLarge) {
                return null; // reported by IntShape
            }
        }
        return null;
    }
}
