package dev.careermentor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README and the pages under docs/ link to each other and into the repository; a page that moves or a
 * heading that is renamed must not leave a link that leads nowhere. Every relative link in README.md and
 * docs/*.md must name an existing file or folder, and a {@code #anchor} into a markdown file must match one
 * of its headings (GitHub's rule: lower case, punctuation dropped, spaces to hyphens).
 */
class DocsLinksTest {
    private static final Pattern INLINE_LINK = Pattern.compile("\\[[^\\]\\n]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("(?m)^\\s*\\[[^\\]]+\\]:\\s*(\\S+)");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** The repository root; tests run with the bot module as working directory. */
    static Path repositoryRoot() {
        Path up = Path.of("..");
        return Files.isRegularFile(up.resolve("README.md")) ? up : Path.of(".");
    }

    static List<Path> pages(Path root) throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(root.resolve("README.md"));
        Path docs = root.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> s = Files.list(docs)) {
                s.filter(p -> p.getFileName().toString().endsWith(".md"))
                        .sorted()
                        .forEach(pages::add);
            }
        }
        return pages;
    }

    /** Every broken link in the pages, as "page: target: why". */
    static List<String> brokenLinks(Path root, List<Path> pages) throws IOException {
        Path top = root.toAbsolutePath().normalize();
        Map<Path, Set<String>> anchorsByFile = new HashMap<>();
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            String text =
                    CODE_SPAN.matcher(withoutCodeBlocks(Files.readString(page))).replaceAll("");
            List<String> targets = new ArrayList<>();
            for (Pattern p : List.of(INLINE_LINK, REFERENCE_LINK)) {
                Matcher m = p.matcher(text);
                while (m.find()) targets.add(m.group(1));
            }
            String name = top.relativize(page.toAbsolutePath().normalize()).toString();
            for (String target : targets) {
                if (SCHEME.matcher(target).find() || target.startsWith("<")) continue;
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                String anchor = hash < 0 ? "" : target.substring(hash + 1);
                Path resolved = file.isEmpty()
                        ? page.toAbsolutePath().normalize()
                        : page.toAbsolutePath().getParent().resolve(file).normalize();
                if (!resolved.startsWith(top)) {
                    broken.add(name + ": " + target + ": leads outside the repository");
                } else if (!Files.exists(resolved)) {
                    broken.add(name + ": " + target + ": no such file");
                } else if (!anchor.isEmpty() && resolved.toString().endsWith(".md")) {
                    Set<String> anchors = anchorsByFile.computeIfAbsent(resolved, DocsLinksTest::anchors);
                    if (!anchors.contains(anchor)) {
                        broken.add(name + ": " + target + ": no heading with that anchor");
                    }
                }
            }
        }
        return broken;
    }

    private static String withoutCodeBlocks(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.stripLeading().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (!fenced) out.append(line).append('\n');
        }
        return out.toString();
    }

    /** GitHub's anchors for the headings of a markdown file; repeated headings get -1, -2... */
    private static Set<String> anchors(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : withoutCodeBlocks(text).split("\n", -1)) {
            Matcher m = HEADING.matcher(line);
            if (!m.matches()) continue;
            String slug = slug(m.group(1));
            int n = seen.merge(slug, 1, Integer::sum);
            anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
        }
        return anchors;
    }

    static String slug(String heading) {
        String plain = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1"); // a link in a heading: its text
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\p{M}_\\- ]", "")
                .replace(' ', '-');
    }

    @Test
    void everyRelativeLinkInTheReadmeAndDocsLeadsSomewhere() throws IOException {
        Path root = repositoryRoot();
        List<Path> pages = pages(root);
        assertTrue(pages.size() > 1, "README.md and the pages under docs/");
        assertEquals(List.of(), brokenLinks(root, pages));
    }

    @Test
    void theReadmeLinksEveryPageUnderDocs() throws IOException {
        Path root = repositoryRoot();
        String readme = Files.readString(root.resolve("README.md"));
        for (Path page : pages(root)) {
            if (page.getParent().endsWith("docs")) {
                String link = "(docs/" + page.getFileName() + ")";
                assertTrue(readme.contains(link), "README.md links " + link);
            }
        }
    }

    @Test
    void theReadmeKeepsTheTwoCommandsCiAndNewcomersRun() throws IOException {
        String readme = Files.readString(repositoryRoot().resolve("README.md"));
        assertTrue(
                readme.contains("```sh\nmvn -B package -DskipTests && java -jar bot/target/career-mentor.jar\n```\n"));
        assertTrue(readme.contains("```sh\nmvn -B verify\n```\n"));
    }

    @Test
    void everyVariableTheBotReadsIsDocumented() throws IOException {
        Path root = repositoryRoot();
        StringBuilder docs = new StringBuilder();
        for (String page : List.of("configuration.md", "slack.md", "discord.md")) {
            docs.append(Files.readString(root.resolve("docs").resolve(page)));
        }
        Pattern variable = Pattern.compile("\"((?:MENTOR|SLACK|DISCORD)_[A-Z_]+)\"");
        Set<String> undocumented = new java.util.TreeSet<>();
        try (Stream<Path> sources = Files.walk(root.resolve("bot/src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = variable.matcher(Files.readString(source));
                while (m.find()) {
                    if (!docs.toString().contains("`" + m.group(1) + "`")) undocumented.add(m.group(1));
                }
            }
        }
        assertEquals(Set.of(), undocumented, "variables missing from docs/configuration.md, slack.md or discord.md");
    }

    @Test
    void aBrokenFileOrAnchorIsReported(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("README.md"), """
                # Title

                See [ok](docs/a.md#running-on-slack-1), [gone](docs/missing.md), [bad anchor](docs/a.md#nope),
                [here](#title), [out](../elsewhere.md), [web](https://example.org/x.md) and `[code](nowhere.md)`.

                ```
                [fenced](nowhere.md)
                ```
                """);
        Files.writeString(
                dir.resolve("docs/a.md"),
                "# Running on Slack\n\n## Running on `Slack`!\n\nBack to [the top](../README.md#title).\n");
        assertEquals(
                List.of(
                        "README.md: docs/missing.md: no such file",
                        "README.md: docs/a.md#nope: no heading with that anchor",
                        "README.md: ../elsewhere.md: leads outside the repository"),
                brokenLinks(dir, pages(dir)));
    }

    @Test
    void anchorsFollowGitHubsRule() {
        assertEquals("3a-socket-mode-copy-the-app-level-token", slug("3a. Socket Mode: copy the app-level token"));
        assertEquals("sentence-embeddings-trial-not-kept", slug("Sentence embeddings (trial, not kept)"));
        assertEquals("mentor-admin-reports", slug("`/mentor-admin reports`"));
    }
}
