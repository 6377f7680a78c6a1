package dev.careermentor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.app.MentorApp;
import dev.careermentor.console.ConsoleApp;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.PlainText;
import dev.careermentor.core.reply.Reply;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A topic is a YAML edit alone: one added to the fixture's topics list is validated, shown by name, alias
 * and part, listed, searched, diffed, reloaded, found stale and reportable, with no Java written for it.
 * The Discord and Slack halves are in NewTopicOnDiscordTest and NewTopicOnSlackTest.
 */
class NewTopicTest {
    @TempDir
    Path tmp;

    private final User moderator = new User(Surface.CONSOLE, "local", "maria");

    @Test
    void anAddedTopicIsValidatedDiffedReloadedAndServedInTheTerminal() throws IOException {
        KnowledgeLoader.Result loaded = new KnowledgeLoader(Fixtures.CLOCK)
                .load("with-topic.yaml", Fixtures.minimalWithInterviewTopic().getBytes(StandardCharsets.UTF_8));
        assertTrue(loaded.ok(), () -> loaded.problems().toString());

        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
        try (MentorApp app = MentorApp.builder(Fixtures.minimal())
                .clock(Fixtures.CLOCK)
                .moderation(dir, tmp.resolve("data"), null)
                .build()) {
            Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalWithInterviewTopic());
            String diff = PlainText.render(app.mentor().handleAdmin(moderator, "maria", true, "diff"));
            assertTrue(diff.contains("added topic interview-prep"), diff);
            Reply reload = app.mentor().handleAdmin(moderator, "maria", true, "reload");
            assertEquals(Reply.Kind.NOTICE, reload.kind(), PlainText.render(reload));

            String out = terminal(
                    app,
                    "topic interview prep",
                    "interview prep",
                    "interviews take-home",
                    "topic interview-prep system",
                    "topics",
                    "help",
                    "ask how should I practice system design for interviews",
                    "admin stale 12");
            String[] answers = out.split("\n> ", -1);
            assertTrue(answers[0].contains("== Interview preparation =="), answers[0]);
            assertTrue(answers[0].contains("System design practice") && answers[0].contains("Take-home projects"));
            assertTrue(answers[0].contains("Source: “Source one” [src-one], as of 2025-06"), answers[0]);
            assertTrue(answers[1].contains("== Interview preparation =="), "the alias alone: " + answers[1]);
            assertTrue(answers[2].contains("Ship a small RAG app with evals."), "alias and a part: " + answers[2]);
            assertFalse(answers[2].contains("Sketch a serving stack"), "only the part asked for: " + answers[2]);
            assertTrue(answers[3].contains("Sketch a serving stack"), answers[3]);
            assertTrue(answers[4].contains("Interview preparation") && answers[4].contains("topic interview-prep"));
            assertTrue(answers[5].contains("More topics") && answers[5].contains("Interview preparation"));
            assertTrue(answers[6].contains("Interview preparation \u203A System design practice"), answers[6]);
            assertTrue(answers[7].contains("Interview preparation [interview-prep], as of 2025-06"), answers[7]);
        }
    }

    @Test
    void anAddedTopicCanBeReportedOutdated() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalWithInterviewTopic());
        KnowledgeLoader.Result loaded = new KnowledgeLoader(Fixtures.CLOCK).load(dir);
        try (MentorApp app = MentorApp.builder(loaded.knowledge())
                .clock(Fixtures.CLOCK)
                .moderation(dir, tmp.resolve("data"), null)
                .build()) {
            User member = new User(Surface.SLACK, "T1", "U1");
            Reply answer = app.mentor().handleText(member, "interview prep");
            String outdated = answer.buttons().stream()
                    .filter(b -> b.kind() == Button.Kind.FEEDBACK)
                    .map(Button::id)
                    .findFirst()
                    .orElseThrow();
            Reply thanks = app.mentor().handleComponent(member, outdated);
            assertTrue(thanks.text().contains("Interview preparation"), thanks.text());
            String reports = PlainText.render(app.mentor().handleAdmin(moderator, "maria", true, "reports"));
            assertTrue(reports.contains("Interview preparation"), reports);
        }
    }

    private String terminal(MentorApp app, String... lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new ConsoleApp(
                        app.mentor(),
                        new BufferedReader(new StringReader(String.join("\n", lines) + "\n")),
                        new PrintStream(bytes, true, StandardCharsets.UTF_8),
                        false,
                        moderator)
                .run();
        assertEquals(0, code);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
