package dev.careermentor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fixtures;
import dev.careermentor.TestBot;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.command.Command;
import dev.careermentor.core.command.Commands;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.knowledge.Problem;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Generated and hand-made hostile inputs for the core's entry points: the knowledge loader, the
 * command grammar and component ids. Nothing may escape as an exception, every reply stays within
 * the platform limits, and the bot still answers correctly afterwards. Seeds are fixed, so a failure
 * reproduces.
 */
class CoreCorpusTest {
    static final String[] HOSTILE = {
        "",
        " ",
        "\t\t",
        "\u0000",
        "\u0007bell",
        "\u202Ereversed\u202C",
        "zero\u200Bwidth\u200D",
        "\uFEFFbom",
        "@everyone",
        "@here",
        "<!channel>",
        "<!here>",
        "<!everyone>",
        "<@U123ABC>",
        "<@!123456789012345678>",
        "<@&987654321098765432>",
        "<#C0123>",
        "@everyone please look",
        "**bold** _it_ `code` ~~s~~ ||spoiler||",
        "<script>alert(1)</script>",
        "'; DROP TABLE users; --",
        "../../../etc/passwd",
        "${jndi:ldap://x/a}",
        "%s%s%s%n",
        "{{7*7}}",
        "\\u0000",
        "🙂🙂🙂",
        "Ｆｉｎｅ－ｔｕｎｉｎｇ",
        "ſerving",
        "SERVİNG",
        "serv\u0301ing",
        "ﷺ",
        "مرحبا بالعالم",
        "שלום",
        "こんにちは",
        "x".repeat(501),
        "word ".repeat(2000),
        "a\nb\nc",
        "\r\n\r\n",
        "-1",
        "0",
        "999999999999999999999",
        "1e309",
        "NaN",
        "null",
        "true",
        "[]",
        "{}",
        "\"",
        "'",
        "\\",
        "cm1:q:AAAAAA:BBBBBBBB:CCCCCC::a0",
        "/mentor /mentor /mentor",
        "mentor",
        "/MENTOR SALARY",
    };

    /** A fresh bot and fresh counts for each test (JUnit makes a new instance per test method). */
    private final TestBot bot = TestBot.real();

    private int cases;
    private final List<String> failures = new ArrayList<>();

    private void check(String what, Reply r) {
        cases++;
        List<String> v = ReplyLimits.violations(r);
        if (!v.isEmpty() && failures.size() < 20) {
            failures.add((what.length() > 120 ? what.substring(0, 120) + "..." : what) + " -> " + v);
        }
    }

    @Test
    void theCommandGrammarSurvivesHostileText() {
        List<String> words = new ArrayList<>();
        for (Command c : Commands.all()) {
            words.add(c.name());
            words.addAll(c.aliases());
        }
        words.addAll(List.of("quiz", "1", "2", "9", "back", "restart", "cancel", "admin", "serving", "vs", "to"));
        for (String h : HOSTILE) {
            check("text " + h, bot.say(h));
            for (String w : words) {
                check(w + " + " + h, bot.say(w + " " + h));
                check(h + " + " + w, bot.say(h + " " + w));
            }
        }
        Random random = new Random(42);
        List<String> vocabulary = new ArrayList<>(words);
        vocabulary.addAll(List.of(HOSTILE));
        vocabulary.addAll(List.of(
                "applied",
                "llm",
                "research",
                "engineer",
                "senior",
                "early",
                "mlops",
                "evals",
                "from",
                "backend",
                "devops",
                "all",
                "certifications",
                "how",
                "much",
                "pay"));
        for (int i = 0; i < 2000; i++) {
            StringBuilder line = new StringBuilder();
            int n = 1 + random.nextInt(6);
            for (int j = 0; j < n; j++)
                line.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
            User user = new User(Surface.SLACK, "T" + (i % 3), "U" + (i % 7));
            check("soup " + i, bot.say(user, line.toString()));
        }
        assertTrue(failures.isEmpty(), cases + " cases, failures: " + failures);
        assertTrue(cases > 3000, "cases: " + cases);
        stillAnswersCorrectly();
        report("command grammar");
    }

    @Test
    void structuredRequestsSurviveHostileOptions() {
        for (Command c : Commands.all()) {
            check(c.name() + " no options", bot.mentor().handle(TestBot.ALICE, new Request(c.name(), Map.of())));
            for (String h : HOSTILE) {
                for (var p : c.params()) {
                    check(
                            c.name() + " " + p.name() + "=" + h,
                            bot.mentor().handle(TestBot.ALICE, new Request(c.name(), Map.of(p.name(), h))));
                    var choices = bot.mentor().autocomplete(c.name(), p.name(), h, 25);
                    cases++;
                    if (choices.size() > 25
                            || choices.stream().anyMatch(s -> s.label().length() > 100 || s.id().length() > 100)) {
                        failures.add("autocomplete " + c.name() + " " + p.name() + " " + h);
                    }
                }
            }
        }
        for (String h : HOSTILE) {
            check("unknown command " + h, bot.mentor().handle(TestBot.ALICE, new Request(h, Map.of("x", h))));
            check("admin " + h, bot.mentor().handleAdmin(TestBot.ALICE, h, false, h));
        }
        assertTrue(failures.isEmpty(), cases + " cases, failures: " + failures);
        assertTrue(cases > 1400, "cases: " + cases);
        stillAnswersCorrectly();
        report("structured requests");
    }

    @Test
    void componentIdsSurviveTruncationForgeryAndMutation() {
        Reply q1 = bot.say("quiz");
        Reply q2 = bot.click(TestBot.ALICE, TestBot.choice(q1, 1));
        Reply answer = bot.say("salary serving senior");
        Set<String> valid = new LinkedHashSet<>();
        for (Reply r : List.of(q1, q2, answer, bot.say("specialization servng"))) {
            for (Button b : r.buttons()) valid.add(b.id());
        }
        String owner = ComponentIds.owner(TestBot.ALICE);
        valid.add(ComponentIds.quiz("zzzzzz", owner, "q00000", "0123", ComponentIds.Op.ANSWER, 0));
        valid.add(ComponentIds.outdated(List.of(new ComponentIds.Fact("mlops", "2026")))
                .orElseThrow());
        Random random = new Random(7);
        String alphabet = ":,-_ abcxyzAZ0189\u0000\u200B<@!&>/\\.%";
        User stranger = new User(Surface.DISCORD, "G9", "999");
        for (String id : valid) {
            for (int len = 0; len <= id.length(); len++) {
                check("truncated " + id.substring(0, len), bot.click(TestBot.ALICE, id.substring(0, len)));
            }
            for (int i = 0; i < id.length(); i++) {
                char[] c = id.toCharArray();
                c[i] = alphabet.charAt(random.nextInt(alphabet.length()));
                check("mutated " + new String(c), bot.click(TestBot.ALICE, new String(c)));
            }
            check("another user's " + id, bot.click(stranger, id));
            check("wrong version " + id, bot.click(TestBot.ALICE, id.replaceFirst("^cm1", "cm0")));
            check("upper case " + id, bot.click(TestBot.ALICE, id.toUpperCase(Locale.ROOT)));
            check("over 100 " + id, bot.click(TestBot.ALICE, id + ":" + "x".repeat(101)));
            check("doubled " + id, bot.click(TestBot.ALICE, id + id));
        }
        for (int i = 0; i < 1500; i++) {
            StringBuilder forged = new StringBuilder(random.nextBoolean() ? "cm1:" : "");
            int n = random.nextInt(100);
            for (int j = 0; j < n; j++) forged.append(alphabet.charAt(random.nextInt(alphabet.length())));
            check("forged " + forged, bot.click(TestBot.ALICE, forged.toString()));
        }
        for (String h : HOSTILE) check("hostile id " + h, bot.click(TestBot.ALICE, h));
        check("null id", bot.click(TestBot.ALICE, null));
        assertTrue(failures.isEmpty(), cases + " cases, failures: " + failures);
        assertTrue(cases > 2000, "cases: " + cases);
        stillAnswersCorrectly();
        report("component ids");
    }

    @Test
    void theKnowledgeLoaderSurvivesGeneratedBreakage() {
        String base = Fixtures.minimalText();
        String[] lines = base.split("\n", -1);
        KnowledgeLoader loader = new KnowledgeLoader(Fixtures.CLOCK);
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            docs.add(join(lines, i, null)); // a line deleted
            docs.add(join(lines, i, lines[i] + "\n" + lines[i])); // a line doubled
            docs.add(join(lines, i, "  " + lines[i])); // a line indented wrongly
        }
        for (int cut = 0; cut < base.length(); cut += 7) docs.add(base.substring(0, cut)); // truncated
        String[] values = {
            "42",
            "-1",
            "3.5",
            "true",
            "null",
            "~",
            "[]",
            "{}",
            "[1, [2, [3]]]",
            "{ a: 1 }",
            "\"" + "x".repeat(2000) + "\"",
            "\"\\u0007\"",
            "\"\u202Etxet\"",
            "\"../../etc/passwd\"",
            "&a x",
            "*a",
            "!!binary aGk=",
            "\"@everyone\"",
            "'unclosed",
            "\"2027-01-01\"",
            "\"\"",
            "\"applied-llm\""
        };
        java.util.regex.Pattern scalar = java.util.regex.Pattern.compile("^(\\s*-?\\s*[a-z_]+:\\s)(.+)$");
        for (int i = 0; i < lines.length; i++) {
            var m = scalar.matcher(lines[i]);
            if (!m.matches()) continue;
            for (String v : values) docs.add(join(lines, i, m.group(1) + v)); // a value of the wrong kind
        }
        Random random = new Random(11);
        byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 800; i++) {
            byte[] copy = bytes.clone();
            for (int j = 0; j < 1 + random.nextInt(4); j++)
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            docs.add(new String(copy, StandardCharsets.ISO_8859_1));
        }
        int loaded = 0;
        for (String doc : docs) {
            cases++;
            KnowledgeLoader.Result r;
            try {
                r = loader.load("corpus.yaml", doc.getBytes(StandardCharsets.UTF_8));
            } catch (Throwable t) {
                failures.add("loader threw " + t + " on a document starting "
                        + doc.substring(0, Math.min(60, doc.length())));
                continue;
            }
            if (r.ok()) {
                loaded++;
                TestBot b = new TestBot(r.knowledge());
                for (String cmd : List.of("help", "specializations", "salary", "quiz", "role all", "ask pay")) {
                    check("loaded corpus doc: " + cmd, b.say(cmd));
                }
            } else {
                int maxLine = doc.split("\n", -1).length + 1;
                for (Problem p : r.problems()) {
                    if (p.message().isBlank()
                            || p.location().line() < 1
                            || p.location().line() > maxLine) {
                        failures.add("bad problem " + p);
                    }
                }
                if (r.problems().isEmpty()) failures.add("refused without a problem");
            }
        }
        assertTrue(failures.isEmpty(), cases + " documents, failures: " + failures);
        assertTrue(docs.size() > 2500, "documents: " + docs.size());
        assertTrue(loaded > 0, "some harmless edits still load");
        report("knowledge loader");
    }

    private static String join(String[] lines, int at, String replacement) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i == at) {
                if (replacement != null) sb.append(replacement).append('\n');
            } else {
                sb.append(lines[i]).append('\n');
            }
        }
        return sb.toString();
    }

    private void report(String what) {
        System.out.println("core corpus, " + what + ": " + cases + " cases");
    }

    private void stillAnswersCorrectly() {
        Reply r = bot.say(new User(Surface.SLACK, "T-after", "U-after"), "salary serving senior");
        assertEquals("$300K–$600K", r.fields().get(0).value());
    }
}
