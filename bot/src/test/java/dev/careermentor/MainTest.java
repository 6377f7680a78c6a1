package dev.careermentor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: validate's output and exit codes, and refusing to start on bad input. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) throws IOException {
        return Main.run(
                args,
                env,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void validateOnTheShippedKnowledgePrintsOneSummaryLineForItItsTranslationAndTheEvaluationSet() throws IOException {
        assertEquals(0, run(Map.of(), "validate", Fixtures.knowledgeDir().toString()));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("knowledge.yaml: OK, 5 sources, 2 paths, 6 specializations"), lines.get(0));
        assertTrue(
                lines.get(1)
                        .matches(
                                ".*zh\\.yaml: OK, (\\d+) of \\1 entries translated and current, 0 out of date, 0 missing"),
                lines.get(1));
        assertTrue(
                lines.get(2)
                        .matches(
                                ".*eval\\.yaml: OK, \\d+ questions \\(\\d+ English, \\d+ Chinese, \\d+ the sources do not cover\\)"),
                lines.get(2));
    }

    @Test
    void validateWarnsOfATranslationMadeForAnOlderEnglishAndTranslationsListsTheVersions(@TempDir Path dir)
            throws IOException {
        Path shipped = Fixtures.knowledgeDir();
        Files.writeString(
                dir.resolve("knowledge.yaml"),
                Files.readString(shipped.resolve("knowledge.yaml"))
                        .replace(
                                "Makes models run fast and cheaply in production",
                                "Makes models run fast and cheap in production"));
        Files.copy(shipped.resolve("zh.yaml"), dir.resolve("zh.yaml"));
        assertEquals(0, run(Map.of(), "validate", dir.toString()), "an out-of-date translation is a warning");
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("1 out of date"), text);
        assertTrue(text.contains("warning: ") && text.contains("the English of 'inference-serving' changed"), text);
        out.reset();
        assertEquals(0, run(Map.of(), "translations", dir.toString()));
        String list = out.toString(StandardCharsets.UTF_8);
        assertTrue(list.lines().anyMatch(l -> l.matches("inference-serving +stale +[0-9a-f]{8}")), list);
        assertTrue(list.lines().anyMatch(l -> l.matches("mlops +current +[0-9a-f]{8}")), list);
    }

    @Test
    void withNoPlatformAndNothingToReadItSaysWhatIsMissingAndExitsNonZero() throws IOException {
        int code = Main.run(
                new String[0],
                Map.of(
                        "SLACK_TOKEN",
                        "xoxb-1",
                        "MENTOR_KNOWLEDGE_DIR",
                        Fixtures.knowledgeDir().toString()),
                java.io.InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = err.toString(StandardCharsets.UTF_8);
        // Exit 2 only as a container's main process (PID 1), which deploy/check-image.sh checks; a test is not.
        assertEquals(0, code, text);
        assertTrue(text.contains("no chat platform is configured and there is no terminal"), text);
        assertTrue(text.contains("SLACK_TOKEN (did you mean"), text);
    }

    @Test
    void versionPrintsTheReleaseAndTheRevisionItWasBuiltFrom() throws IOException {
        for (String flag : List.of("--version", "version")) {
            out.reset();
            assertEquals(0, run(Map.of(), flag));
            String line = out.toString(StandardCharsets.UTF_8).strip();
            assertTrue(line.matches("career-mentor \\d+\\.\\d+\\.\\d+ \\(revision ([0-9a-f]{12}|unknown)\\)"), line);
        }
    }

    @Test
    void validateReportsAnEvaluationCaseThatNamesAnEntryTheKnowledgeLacks(@TempDir Path dir) throws IOException {
        Files.copy(Fixtures.knowledgeDir().resolve("knowledge.yaml"), dir.resolve("knowledge.yaml"));
        Files.writeString(dir.resolve("eval.yaml"), """
                format: 1
                cases:
                  - id: pay-one
                    q: "mlops pay"
                    category: pay
                    lang: en
                    expect:
                      entries: [mlopz]
                """);
        assertEquals(1, run(Map.of(), "validate", dir.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("eval.yaml:8:") && text.contains("did you mean 'mlops'"), text);
        assertTrue(text.contains("eval.yaml: 1 problem; fix the cases named above."), text);
    }

    @Test
    void validatePrintsEveryProblemAndExitsOne(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("knowledge.yaml"),
                Fixtures.minimalText()
                        .replace("difficulty: common", "difficulty: medium")
                        .replace("      percent: 60", "      percent: 50"));
        assertEquals(1, run(Map.of(), "validate", dir.toString()));
        var lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        String file = dir.resolve("knowledge.yaml").toString();
        assertTrue(lines.get(0).startsWith(file + ":86:19: "), lines.get(0));
        assertTrue(lines.get(1).startsWith(file + ":99:5: "), lines.get(1));
        assertTrue(lines.get(2).endsWith("2 problems; nothing was loaded."));
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 20, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void validateOfAPipeInPlaceOfTheFileReturnsWithTheProblem(@TempDir Path dir) throws Exception {
        Path fifo = Fifos.make(dir.resolve("knowledge.yaml"));
        try {
            assertEquals(1, run(Map.of(), "validate", dir.toString()));
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("not a regular file"), text);
            assertTrue(text.contains("1 problem; nothing was loaded."), text);
        } finally {
            Fifos.release(fifo);
        }
    }

    @Test
    void validateUsesTheConfiguredDirectory(@TempDir Path dir) throws IOException {
        assertEquals(1, run(Map.of("MENTOR_KNOWLEDGE_DIR", dir.toString()), "validate"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("file not found"));
    }

    @Test
    void theBotRefusesToStartOnInvalidKnowledge(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("knowledge.yaml"), "format: 2\n");
        assertEquals(2, run(Map.of("MENTOR_KNOWLEDGE_DIR", dir.toString())));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("cannot start: the knowledge is invalid"), text);
        assertTrue(text.contains("knowledge.yaml:1:1:") || text.contains("knowledge.yaml:"), text);
    }

    @Test
    void withNoKnowledgeFolderHereTheTerminalUsesTheKnowledgePackedInTheJar(@TempDir Path data) throws IOException {
        // Tests run in the module folder, which has no knowledge/ of its own: like a jar run from anywhere.
        assertTrue(Files.notExists(Path.of("knowledge")), "precondition: no knowledge folder here");
        int code = Main.run(
                new String[0],
                Map.of("MENTOR_DATA_DIR", data.toString()),
                new ByteArrayInputStream("salary serving senior\nadmin reload\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, errors);
        List<String> lines = errors.lines().toList();
        assertEquals(1, lines.size(), errors);
        assertTrue(
                lines.get(0)
                        .matches("Using the knowledge packed in the jar \\(version [^)]+\\); "
                                + "set MENTOR_KNOWLEDGE_DIR to use a folder\\."),
                lines.get(0));
        assertTrue(text.contains("$300K–$600K"), text);
        assertTrue(text.contains("Moderator commands are off") && text.contains("packed in the jar"), text);
    }

    @Test
    void inTheTerminalTheLogGoesToAFileInTheDataFolder(@TempDir Path data) throws IOException {
        org.slf4j.Logger probe = org.slf4j.LoggerFactory.getLogger("dev.careermentor.MainTest");
        int code = Main.run(
                new String[0],
                Map.of(
                        "MENTOR_DATA_DIR",
                        data.toString(),
                        "MENTOR_KNOWLEDGE_DIR",
                        Fixtures.knowledgeDir().toString()),
                new ByteArrayInputStream("help\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        Path log = data.resolve("logs").resolve("career-mentor.log");
        assertTrue(Files.isRegularFile(log), "the terminal's log file");
        assertTrue(Files.readString(log).contains("INFO"), "the start is logged there");
        var root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertTrue(root.getAppender("plain") != null, "the console appender is back after the session");
        probe.info("after the session");
        assertTrue(!Files.readString(log).contains("after the session"), "the file is closed with the session");
    }

    @Test
    void badConfigurationNamesTheVariable() throws IOException {
        assertEquals(2, run(Map.of("MENTOR_SESSION_MAX", "lots", "MENTOR_SESSION_IDLE", "soon")));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("MENTOR_SESSION_MAX=lots"), text);
        assertTrue(text.contains("MENTOR_SESSION_IDLE=soon"), text);
    }

    @Test
    void diffPrintsWhatChangesBetweenTwoFolders(@TempDir Path tmp) throws IOException {
        Path before = Files.createDirectories(tmp.resolve("before"));
        Path after = Files.createDirectories(tmp.resolve("after"));
        Files.writeString(before.resolve("knowledge.yaml"), Fixtures.minimalText());
        Files.writeString(
                after.resolve("knowledge.yaml"),
                Fixtures.minimalText()
                        .replace("early: { min: 130000, max: 220000 }", "early: { min: 140000, max: 220000 }")
                        .replace(
                                "aliases: [\"serving\", \"inference\"]",
                                "aliases: [\"serving\", \"inference\", \"vllm\"]"));
        assertEquals(0, run(Map.of(), "diff", before.toString(), after.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("2 changed, 1 figure"), text);
        assertTrue(text.contains("~ changed specialization inference-serving"), text);
        assertTrue(text.contains("aliases: + “vllm”"), text);
        assertTrue(
                text.contains("$ Applied LLM engineer, early career: $130K–$220K (US, USD, as of 2026) → "
                        + "$140K–$220K (US, USD, as of 2026)"),
                text);
    }

    @Test
    void diffRefusesInvalidFolders(@TempDir Path tmp) throws IOException {
        assertEquals(
                1, run(Map.of(), "diff", tmp.toString(), Fixtures.knowledgeDir().toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Cannot diff"));
        assertEquals(2, run(Map.of(), "diff", tmp.toString()));
    }

    @Test
    void healthcheckAsksTheOpsEndpoint() throws Exception {
        var server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health/live", ex -> {
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        try {
            String port = Integer.toString(server.getAddress().getPort());
            assertEquals(0, run(Map.of("MENTOR_OPS_PORT", port), "healthcheck"));
            assertEquals(0, run(Map.of("MENTOR_OPS_PORT", port, "MENTOR_OPS_HOST", "0.0.0.0"), "healthcheck"));
        } finally {
            server.stop(0);
        }
        try (var free = new java.net.ServerSocket(0)) {
            String closed = Integer.toString(free.getLocalPort());
            free.close();
            assertEquals(1, run(Map.of("MENTOR_OPS_PORT", closed), "healthcheck"));
        }
    }

    @Test
    void unknownVerbsShowUsage() throws IOException {
        assertEquals(2, run(Map.of(), "frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage:"));
    }

    @Test
    void helpNamesEveryVerbTheCommandLineTakes() throws IOException {
        assertEquals(0, run(Map.of(), "help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String verb : new String[] {"run", "validate", "diff", "schema", "healthcheck", "train"}) {
            assertTrue(
                    help.lines().anyMatch(l -> l.strip().startsWith(verb + " ")),
                    verb + " has no line of its own in:\n" + help);
        }
    }
}
