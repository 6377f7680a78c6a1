package dev.careermentor;

import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared test inputs: the real knowledge, the minimal fixture, and a fixed clock. */
public final class Fixtures {
    private Fixtures() {}

    /** 2026-11-23, the day the seed facts were collected. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    /** The repository's knowledge directory; tests run with the bot module as working directory. */
    public static Path knowledgeDir() {
        Path dir = Path.of("..", "knowledge");
        if (!Files.isRegularFile(dir.resolve(KnowledgeLoader.FILE_NAME))) {
            dir = Path.of("knowledge");
        }
        return dir;
    }

    private static Knowledge real;

    /** The real knowledge file, loaded once; fails the test with every problem if it is invalid. */
    public static synchronized Knowledge real() {
        if (real == null) {
            KnowledgeLoader.Result r = new KnowledgeLoader(CLOCK).load(knowledgeDir());
            if (!r.ok()) throw new AssertionError("knowledge/knowledge.yaml is invalid:\n" + r.problems());
            real = r.knowledge();
        }
        return real;
    }

    public static String minimalText() {
        return resource("/fixtures/minimal/knowledge.yaml");
    }

    /**
     * A topic no code knows about, for the test that a topic is a YAML edit alone. It goes at the end of
     * the minimal fixture's topics list.
     */
    public static final String INTERVIEW_TOPIC = """
              - id: interview-prep
                name: "Interview preparation"
                aliases: ["interview prep", "interviews"]
                summary: "How to get ready for LLM engineering interviews."
                sections:
                  - heading: "System design practice"
                    text: "Sketch a serving stack end to end and explain each trade-off aloud."
                  - heading: "Take-home projects"
                    items: ["Ship a small RAG app with evals.", "Write up what you measured."]
                source: src-one
                as_of: "2025-06"
            """;

    /** The minimal fixture with {@link #INTERVIEW_TOPIC} added. */
    public static String minimalWithInterviewTopic() {
        String base = minimalText();
        int quiz = base.indexOf("\nquiz:");
        return base.substring(0, quiz) + "\n" + INTERVIEW_TOPIC + base.substring(quiz);
    }

    public static Knowledge minimal() {
        KnowledgeLoader.Result r =
                new KnowledgeLoader(CLOCK).load("minimal.yaml", minimalText().getBytes(StandardCharsets.UTF_8));
        if (!r.ok()) throw new AssertionError("minimal fixture is invalid:\n" + r.problems());
        return r.knowledge();
    }

    public static String resource(String name) {
        try (var in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
