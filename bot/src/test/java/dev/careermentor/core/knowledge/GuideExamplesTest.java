package dev.careermentor.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.careermentor.Fixtures;
import dev.careermentor.TestBot;
import dev.careermentor.core.eval.EvalRun;
import dev.careermentor.core.eval.EvalSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every YAML example in the moderator guide validates as written. Each example says, in an HTML comment
 * just above it, where it goes in the shipped knowledge ({@code replace specializations[id].salary}, or
 * {@code append topics}); the test puts it there, writes the file and validates it like a moderator would.
 * An evaluation case ({@code <!-- example: eval -->}) must validate and pass.
 */
class GuideExamplesTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern BLOCK =
            Pattern.compile("(?:<!-- example: (\\w+)(?: ([^ ]+))? -->\\n)?```yaml\\n(.*?)```", Pattern.DOTALL);

    record Example(int number, String action, String where, String yaml) {
        @Override
        public String toString() {
            return "example " + number + " (" + action + " " + where + ")";
        }
    }

    static Stream<Example> examples() throws IOException {
        String guide = Files.readString(Fixtures.knowledgeDir().resolve("README.md"));
        List<Example> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(guide);
        while (m.find()) {
            out.add(new Example(out.size() + 1, String.valueOf(m.group(1)), String.valueOf(m.group(2)), m.group(3)));
        }
        return out.stream();
    }

    @Test
    void theGuideHasExamplesAndEachSaysWhereItGoes() throws IOException {
        List<Example> all = examples().toList();
        assertTrue(all.size() >= 2, "the guide shows a salary edit and a new topic");
        for (Example e : all) {
            assertTrue(
                    e.action().equals("replace")
                            || e.action().equals("append")
                            || e.action().equals("eval")
                            || e.action().equals("translation"),
                    e + ": put <!-- example: replace|append PATH --> or <!-- example: eval --> on the line above it");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleValidatesAsWritten(Example example, @TempDir Path dir) throws IOException {
        if (example.action().equals("eval")) {
            // An evaluation case: valid against the shipped knowledge, and the bot answers it right.
            EvalSet.Result set = EvalSet.load(
                    "guide-eval.yaml",
                    ("format: 1\ncases:\n" + example.yaml()).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    Fixtures.real());
            assertTrue(set.ok(), () -> example + " does not validate:\n" + set.problems());
            EvalRun.Report report = EvalRun.run(TestBot.real().mentor(), set.file());
            assertTrue(report.misses().isEmpty(), () -> example + " fails:\n" + EvalRun.misses(report));
            return;
        }
        if (example.action().equals("translation")) {
            // A translation item: it replaces the shipped item for its entry in zh.yaml, and loads current.
            ObjectNode zh = (ObjectNode)
                    YAML.readTree(Files.readString(Fixtures.knowledgeDir().resolve(Translations.FILE_NAME)));
            JsonNode items = YAML.readTree(dedent(example.yaml()));
            for (JsonNode item : items) {
                ArrayNode list = (ArrayNode) zh.path("translations");
                String id = item.path("entry").asText();
                int at = -1;
                for (int i = 0; i < list.size(); i++)
                    if (list.get(i).path("entry").asText().equals(id)) at = i;
                if (at >= 0) list.set(at, item);
                else list.add(item);
            }
            Files.copy(
                    Fixtures.knowledgeDir().resolve(KnowledgeLoader.FILE_NAME), dir.resolve(KnowledgeLoader.FILE_NAME));
            Files.writeString(dir.resolve(Translations.FILE_NAME), YAML.writeValueAsString(zh));
            KnowledgeLoader.Result r = new KnowledgeLoader(Fixtures.CLOCK).load(dir);
            assertTrue(r.ok(), () -> example + " does not validate:\n" + r.problems());
            for (JsonNode item : items) {
                String id = item.path("entry").asText();
                assertEquals(
                        Translations.Status.CURRENT,
                        r.knowledge().translationStatus().get(id),
                        example + ": translates: is the current version of " + id + "'s English ("
                                + r.knowledge().englishVersions().get(id) + ")");
            }
            return;
        }
        ObjectNode file = (ObjectNode)
                YAML.readTree(Files.readString(Fixtures.knowledgeDir().resolve(KnowledgeLoader.FILE_NAME)));
        JsonNode before = file.deepCopy();
        JsonNode fragment = YAML.readTree(dedent(example.yaml()));
        apply(file, example, fragment);
        assertNotEquals(before, file, example + " changes the knowledge");

        Files.writeString(dir.resolve(KnowledgeLoader.FILE_NAME), YAML.writeValueAsString(file));
        KnowledgeLoader.Result r = new KnowledgeLoader(Fixtures.CLOCK).load(dir);
        assertTrue(r.ok(), () -> example + " does not validate:\n" + r.problems());
        if (example.action().equals("append")) {
            for (JsonNode item : fragment) {
                String id = item.path("id").asText();
                assertFalse(id.isEmpty());
                assertTrue(
                        r.knowledge().data().entries().stream().anyMatch(e -> e.id().equals(id)),
                        id + " is an entry once added");
            }
        }
    }

    /** {@code replace a[id].b} puts the fragment's single key under the entry; {@code append list} adds items. */
    private static void apply(ObjectNode file, Example example, JsonNode fragment) {
        String[] steps = example.where().split("\\.", -1);
        JsonNode at = file;
        for (int i = 0; i < steps.length - (example.action().equals("replace") ? 1 : 0); i++) {
            at = step(at, steps[i]);
        }
        if (example.action().equals("append")) {
            assertTrue(at.isArray() && fragment.isArray(), example + ": append a list item to a list");
            ((ArrayNode) at).addAll((ArrayNode) fragment);
        } else {
            String key = steps[steps.length - 1];
            assertEquals(1, fragment.size(), example + ": one key, " + key);
            assertTrue(fragment.has(key), example + " starts with " + key + ":");
            ((ObjectNode) at).set(key, fragment.get(key));
        }
    }

    /** "topics" or "specializations[inference-serving]". */
    private static JsonNode step(JsonNode at, String step) {
        int bracket = step.indexOf('[');
        if (bracket < 0) return at.path(step);
        String id = step.substring(bracket + 1, step.length() - 1);
        for (JsonNode item : at.path(step.substring(0, bracket))) {
            if (item.path("id").asText().equals(id)) return item;
        }
        throw new AssertionError("no " + step + " in the knowledge");
    }

    private static String dedent(String text) {
        int indent = text.lines()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        StringBuilder out = new StringBuilder();
        text.lines()
                .forEach(l -> out.append(l.length() >= indent ? l.substring(indent) : l.strip())
                        .append('\n'));
        return out.toString();
    }
}
