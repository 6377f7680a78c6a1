package dev.careermentor.core.eval;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.knowledge.Problem;
import dev.careermentor.core.knowledge.model.Entry;
import dev.careermentor.core.knowledge.schema.Checks;
import dev.careermentor.core.knowledge.schema.ObjectShape;
import dev.careermentor.core.knowledge.schema.RecordShapes;
import dev.careermentor.core.knowledge.yaml.Location;
import dev.careermentor.core.knowledge.yaml.Node;
import dev.careermentor.core.knowledge.yaml.YamlTreeReader;
import dev.careermentor.core.text.Similarity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Loads and checks {@code knowledge/eval.yaml} against the knowledge it measures: the shape of each case,
 * unique ids, twins that exist, and entry ids that name real entries. Problems come back as
 * {@code file:line:column: message}, as the knowledge's do.
 */
public final class EvalSet {
    public static final String FILE_NAME = "eval.yaml";
    private static final ObjectShape SHAPE = RecordShapes.of(EvalFile.class);
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    /** The cases, or the problems that kept the file from loading. */
    public record Result(@Nullable EvalFile loaded, List<Problem> problems) {
        public boolean ok() {
            return loaded != null;
        }

        public EvalFile file() {
            if (loaded == null) throw new IllegalStateException("the evaluation set did not load: " + problems);
            return loaded;
        }
    }

    private EvalSet() {}

    public static Result load(Path file, Knowledge k) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return failed(
                        file.toString(), "file is larger than " + MAX_BYTES + " bytes: check it is the right file.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return failed(
                    file.toString(), "file not found: pass the path of an evaluation file (knowledge/eval.yaml).");
        } catch (IOException e) {
            return failed(file.toString(), "cannot read the file (" + e.getMessage() + ").");
        }
        return load(file.toString(), bytes, k);
    }

    public static Result load(String name, byte[] bytes, Knowledge k) {
        YamlTreeReader.Result tree =
                new YamlTreeReader(new YamlTreeReader.Limits(MAX_BYTES, 16, 500_000)).read(name, bytes);
        List<Problem> problems = new ArrayList<>(tree.problems());
        Node root = tree.root();
        if (root == null) return new Result(null, sorted(problems));
        Checks checks = new Checks(name, LocalDate.MAX);
        SHAPE.check(root, "", checks);
        if (root instanceof Node.MapNode map && map.get("cases") instanceof Node.ListNode cases) {
            rules(cases, k, checks);
        }
        problems.addAll(checks.problems());
        if (!problems.isEmpty()) return new Result(null, sorted(problems));
        try {
            return new Result(KnowledgeLoader.read(root, EvalFile.class), List.of());
        } catch (IOException | RuntimeException e) {
            return failed(name, "the file passed validation but could not be read (" + e.getMessage() + ").");
        }
    }

    private static void rules(Node.ListNode cases, Knowledge k, Checks checks) {
        Set<String> entryIds = new LinkedHashSet<>();
        for (Entry e : k.data().entries()) entryIds.add(e.id());
        Map<String, Location> ids = new HashMap<>();
        Map<String, String> langs = new HashMap<>();
        for (Node n : cases.items()) {
            if (!(n instanceof Node.MapNode c)) continue;
            String id = c.text("id");
            if (id == null) continue;
            Location first = ids.putIfAbsent(id, c.at("id"));
            if (first != null) {
                checks.add(
                        c.at("id"),
                        "cases",
                        "duplicate case id '" + id + "' (first at line " + first.line() + "): rename one.");
            }
            langs.put(id, String.valueOf(c.text("lang")));
        }
        for (Node n : cases.items()) {
            if (!(n instanceof Node.MapNode c)) continue;
            String at = "cases[" + c.text("id") + "]";
            String twin = c.text("twin");
            if (twin != null && !"en".equals(langs.get(twin))) {
                checks.add(
                        c.at("twin"),
                        at + ".twin",
                        "'" + twin + "' is not the id of an English case: name the "
                                + "English case that asks the same question.");
            }
            if (!(c.get("expect") instanceof Node.MapNode expect)) continue;
            if (expect.entries().keySet().stream().noneMatch(key -> !key.equals("not_contains"))) {
                checks.add(
                        expect.location(),
                        at + ".expect",
                        "expects nothing a right answer must hold: give "
                                + "entries, direct, contains, honest or smalltalk.");
            }
            if (expect.get("entries") instanceof Node.ListNode entries) {
                for (Node e : entries.items()) {
                    if (e instanceof Node.Scalar s && !entryIds.contains(s.text())) {
                        String hint = Similarity.didYouMean(s.text(), entryIds);
                        checks.add(
                                s.location(),
                                at + ".expect.entries",
                                "'" + s.text() + "' is not an entry id of " + "the knowledge: "
                                        + (hint.isEmpty() ? "check the id in knowledge.yaml." : hint));
                    }
                }
            }
        }
    }

    private static Result failed(String file, String message) {
        return new Result(null, List.of(new Problem(file, Location.START, message)));
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> copy = new ArrayList<>(problems);
        Collections.sort(copy);
        return List.copyOf(copy);
    }
}
