package dev.careermentor.core.knowledge;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careermentor.core.knowledge.model.KnowledgeData;
import dev.careermentor.core.knowledge.schema.Checks;
import dev.careermentor.core.knowledge.schema.KnowledgeRules;
import dev.careermentor.core.knowledge.schema.KnowledgeSchema;
import dev.careermentor.core.knowledge.yaml.Location;
import dev.careermentor.core.knowledge.yaml.Node;
import dev.careermentor.core.knowledge.yaml.YamlTreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads, validates and builds the knowledge in one step. Either every check passes and a
 * {@link Knowledge} comes back, or nothing is built and every problem found is reported together.
 */
public final class KnowledgeLoader {
    public static final String FILE_NAME = "knowledge.yaml";

    /**
     * A loaded knowledge, or the problems that kept it from loading.
     *
     * @param unreadable why the folder or file could not be read at all (missing, not a regular file,
     *     stalled); null when it was read, whether or not what it holds is valid
     * @param folder the folder read, symlinks resolved; null when it could not be read or no folder was
     */
    public record Result(
            @Nullable Knowledge loaded,
            List<Problem> problems,
            @Nullable String unreadable,
            @Nullable Path folder) {
        public Result(@Nullable Knowledge loaded, List<Problem> problems) {
            this(loaded, problems, null, null);
        }

        public boolean ok() {
            return loaded != null;
        }

        /** True when the file was read (its content may still be invalid). */
        public boolean readable() {
            return unreadable == null;
        }

        /** The loaded knowledge; only when {@link #ok()}. */
        public Knowledge knowledge() {
            if (loaded == null) throw new IllegalStateException("the knowledge did not load: " + problems);
            return loaded;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);

    /** How the loader opens the file; tests stand in one that never answers, as a stalled mount does. */
    @FunctionalInterface
    public interface Opener {
        InputStream open(Path file) throws IOException;
    }

    private final Clock clock;
    private final YamlTreeReader reader;
    private final TimedReads reads;
    private final Opener opener;

    public KnowledgeLoader(Clock clock) {
        this(clock, new YamlTreeReader());
    }

    public KnowledgeLoader(Clock clock, YamlTreeReader reader) {
        this(clock, reader, TimedReads.DEFAULT_LIMIT, Files::newInputStream);
    }

    /** @param readLimit how long reading the folder may take before it is given up */
    public KnowledgeLoader(Clock clock, Duration readLimit) {
        this(clock, new YamlTreeReader(), readLimit, Files::newInputStream);
    }

    public KnowledgeLoader(Clock clock, YamlTreeReader reader, Duration readLimit, Opener opener) {
        this.clock = clock;
        this.reader = reader;
        this.reads = new TimedReads(readLimit, "knowledge-read");
        this.opener = opener;
    }

    /** What a read of the folder gave: the bytes, or why there are none. Private and never compared. */
    @SuppressWarnings("ArrayRecordComponent") // file contents, handed straight to the parser
    private record Read(
            byte @Nullable [] bytes,
            @Nullable Path folder,
            @Nullable String problem,
            boolean unreadable,
            byte @Nullable [] translation) {
        Read(byte @Nullable [] bytes, @Nullable Path folder, @Nullable String problem, boolean unreadable) {
            this(bytes, folder, problem, unreadable, null);
        }

        static Read refused(String problem) {
            return new Read(null, null, problem, true);
        }
    }

    /**
     * Loads {@code dir/knowledge.yaml}. Only a regular file is read (a symlink to one is fine, as a
     * Kubernetes ConfigMap has), and the reading is given up after the read limit, so a named pipe or a
     * stalled mount costs a bounded wait and comes back as a problem.
     */
    public Result load(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        String name = file.toString();
        Read read;
        try {
            read = reads.call(name, () -> read(dir, file));
        } catch (TimedReads.StalledException e) {
            return unreadable(name, String.valueOf(e.getMessage()).replace(name + " ", "the file ") + ".");
        } catch (IOException e) {
            return unreadable(name, "cannot read the file (" + e.getMessage() + "): check its permissions.");
        }
        byte[] bytes = read.bytes();
        if (bytes == null) {
            String problem = String.valueOf(read.problem());
            return read.unreadable() ? unreadable(name, problem) : failed(name, problem);
        }
        Result r = load(name, bytes, dir.resolve(Translations.FILE_NAME).toString(), read.translation());
        return new Result(r.loaded(), r.problems(), null, read.folder());
    }

    /** Runs on the reading thread: every call here may block on a pipe or a stalled mount. */
    private Read read(Path dir, Path file) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Read.refused("knowledge directory '" + dir + "' does not exist: pass the folder that holds "
                    + FILE_NAME + " (set MENTOR_KNOWLEDGE_DIR, or run from the repository root).");
        }
        Path folder = dir.toRealPath();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class); // follows symlinks
        } catch (NoSuchFileException e) {
            return Read.refused("file not found: the knowledge directory must contain " + FILE_NAME + ".");
        }
        if (!attributes.isRegularFile()) {
            return Read.refused("not a regular file (it is "
                    + (attributes.isDirectory() ? "a folder" : "a named pipe, " + "socket or device") + "): "
                    + FILE_NAME + " must be a plain file, or a symlink to one.");
        }
        int max = YamlTreeReader.Limits.DEFAULT.maxBytes();
        if (attributes.size() > max) {
            // Refuse before reading: a hostile 50 MB file must not cost 50 MB.
            return new Read(
                    null,
                    folder,
                    String.format(
                            "file is %,d bytes; a knowledge file may be at most %,d bytes. "
                                    + "It is hand-edited text: check that this is the right file.",
                            attributes.size(), max),
                    false);
        }
        byte[] bytes;
        try (InputStream in = opener.open(file)) {
            bytes = in.readNBytes(max + 1);
        } catch (NoSuchFileException e) {
            return Read.refused("file not found: the knowledge directory must contain " + FILE_NAME + ".");
        }
        // The Chinese translation beside it, when there is one: read under the same rules.
        Path zh = dir.resolve(Translations.FILE_NAME);
        BasicFileAttributes zhAttributes;
        try {
            zhAttributes = Files.readAttributes(zh, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return new Read(bytes, folder, null, false, null);
        }
        if (!zhAttributes.isRegularFile() || zhAttributes.size() > max) {
            return new Read(
                    null,
                    folder,
                    Translations.FILE_NAME + " must be a plain file (or a symlink to one) of at most "
                            + String.format("%,d", max) + " bytes.",
                    false);
        }
        try (InputStream in = opener.open(zh)) {
            return new Read(bytes, folder, null, false, in.readNBytes(max + 1));
        }
    }

    /** Validates and builds from bytes; {@code name} is used in problem locations. */
    public Result load(String name, byte[] bytes) {
        return load(name, bytes, Translations.FILE_NAME, null);
    }

    /**
     * Validates and builds from the bytes of the knowledge and of its Chinese translation ({@code
     * zhBytes}, null when there is none, in which case Chinese answers show the English, marked).
     */
    public Result load(String name, byte[] bytes, String zhName, byte @Nullable [] zhBytes) {
        YamlTreeReader.Result tree = reader.read(name, bytes);
        List<Problem> problems = new ArrayList<>(tree.problems());
        Node root = tree.root();
        if (root == null) {
            return new Result(null, sorted(problems));
        }
        Checks checks = new Checks(name, LocalDate.now(clock));
        KnowledgeSchema.ROOT.check(root, "", checks);
        KnowledgeRules.check(root, checks);
        problems.addAll(checks.problems());
        if (!problems.isEmpty()) {
            return new Result(null, sorted(problems));
        }
        try {
            KnowledgeData data = MAPPER.treeToValue(toJson(root), KnowledgeData.class);
            List<String> unreachable = QuizReach.unreachable(data.quiz(), data.specializations());
            if (!unreachable.isEmpty()) {
                Location quiz = ((Node.MapNode) root).at("quiz");
                return new Result(
                        null,
                        List.of(new Problem(
                                name,
                                quiz,
                                "quiz: no combination of answers "
                                        + "recommends " + String.join(", ", unreachable) + ": give "
                                        + (unreachable.size() == 1 ? "it" : "them")
                                        + " more weight in some option, so every "
                                        + "specialization can be a result.")));
            }
            Node zhRoot = null;
            if (zhBytes != null) {
                YamlTreeReader.Result zhTree = reader.read(zhName, zhBytes);
                if (zhTree.root() == null) return new Result(null, sorted(zhTree.problems()));
                zhRoot = zhTree.root();
            }
            Translations.Applied applied = Translations.apply((Node.MapNode) root, zhRoot, zhName);
            List<Problem> zhProblems = new ArrayList<>(applied.problems());
            Checks zhChecks = new Checks(zhName, LocalDate.now(clock));
            KnowledgeSchema.ROOT.check(applied.root(), "", zhChecks);
            // Only the translated texts' own problems (a text too long): the rest is the English, checked above.
            for (Problem p : zhChecks.problems()) {
                if (applied.translated().contains(p.location())) zhProblems.add(p);
            }
            if (!zhProblems.isEmpty()) return new Result(null, sorted(zhProblems));
            JsonNode zhJson = toJson(applied.root());
            translateSkippedSteps(toJson(root), zhJson);
            KnowledgeData zh = MAPPER.treeToValue(zhJson, KnowledgeData.class);
            return new Result(
                    new Knowledge(
                            data, bytes, clock.instant(), zh, applied.notes(), applied.status(), applied.versions()),
                    List.of());
        } catch (IOException | RuntimeException e) {
            // The checks above should make this unreachable; if not, say so rather than crash.
            return failed(
                    name,
                    "the file passed validation but could not be built ("
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                            + "): please report this as a bug.");
        }
    }

    /**
     * Quiz answers name the break-in steps they rule out by their English text; in the Chinese tree they
     * must name the same steps in Chinese, found at the same place in the same specialization.
     */
    private static void translateSkippedSteps(JsonNode english, JsonNode zh) {
        Map<String, String> steps = new java.util.HashMap<>();
        JsonNode enSpecs = english.path("specializations");
        JsonNode zhSpecs = zh.path("specializations");
        for (int i = 0; i < enSpecs.size(); i++) {
            JsonNode en = enSpecs.get(i).path("break_in");
            JsonNode tr = zhSpecs.get(i).path("break_in");
            for (int j = 0; j < en.size(); j++)
                steps.putIfAbsent(en.get(j).asText(), tr.get(j).asText());
        }
        for (JsonNode question : zh.path("quiz").path("questions")) {
            for (JsonNode option : question.path("options")) {
                if (!(option.get("skip_steps") instanceof ArrayNode skip)) continue;
                for (int j = 0; j < skip.size(); j++) {
                    skip.set(
                            j,
                            JsonNodeFactory.instance.textNode(
                                    steps.getOrDefault(skip.get(j).asText(), "")));
                }
            }
        }
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> copy = new ArrayList<>(problems);
        Collections.sort(copy);
        return List.copyOf(copy);
    }

    private static Result failed(String file, String message) {
        return new Result(null, List.of(new Problem(file, Location.START, message)));
    }

    private static Result unreadable(String file, String message) {
        return new Result(null, List.of(new Problem(file, Location.START, message)), message, null);
    }

    /** Builds a record from a validated tree, reading keys in snake case as the knowledge is written. */
    public static <T> T read(Node node, Class<T> type) throws IOException {
        return MAPPER.treeToValue(toJson(node), type);
    }

    static JsonNode toJson(Node node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof Node.MapNode map) {
            ObjectNode o = f.objectNode();
            map.entries().forEach((k, e) -> o.set(k, toJson(e.value())));
            return o;
        }
        if (node instanceof Node.ListNode list) {
            ArrayNode a = f.arrayNode();
            list.items().forEach(i -> a.add(toJson(i)));
            return a;
        }
        Node.Scalar s = (Node.Scalar) node;
        return switch (s.kind()) {
            case STRING -> f.textNode(s.text());
            case INTEGER -> f.numberNode(Long.parseLong(s.text().replace("_", "")));
            case DECIMAL -> f.numberNode(Double.parseDouble(s.text()));
            case BOOLEAN -> f.booleanNode(Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT)));
            case NULL -> f.nullNode();
        };
    }
}
