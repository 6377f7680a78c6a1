package dev.careermentor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal's language: --lang zh|en, else LC_ALL / LC_MESSAGES / LANG, else English; said once. */
class TerminalLanguageTest {
    @TempDir
    Path data;

    private record Run(int code, String out, String err) {}

    private Run run(Map<String, String> extraEnv, String input, String... args) throws IOException {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("MENTOR_DATA_DIR", data.toString());
        env.put("MENTOR_KNOWLEDGE_DIR", Fixtures.knowledgeDir().toString());
        env.put("MENTOR_WATCH_KNOWLEDGE", "false");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                env,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The English answer's figures, to find again in the Chinese one. */
    private static final String SERVING_EARLY = "$180K–$280K";

    /** The Chinese name of the serving specialization, as the knowledge's Chinese face gives it. */
    private static final String SERVING_ZH = Fixtures.real()
            .in(dev.careermentor.core.i18n.Lang.ZH)
            .specializations()
            .require("inference-serving")
            .name();

    @Test
    void langZhAnswersInChineseAndSaysSoOnce() throws IOException {
        for (String[] args : new String[][] {{"--lang", "zh"}, {"run", "--lang", "zh"}, {"--lang=zh"}}) {
            Run r = run(Map.of("LANG", "en_US.UTF-8"), "salary serving\nhelp\n", args);
            assertEquals(0, r.code(), r.err());
            assertEquals(
                    "Answering in 中文 (set by --lang " + "zh" + ").", r.err().strip(), String.join(" ", args));
            assertTrue(Lang.chinese(r.out()), r.out());
            assertTrue(r.out().contains(SERVING_EARLY), "the same figures: " + r.out());
        }
        Run english = run(Map.of("LANG", "zh_CN.UTF-8"), "salary serving\n", "--lang", "en");
        assertEquals("Answering in English (set by --lang en).", english.err().strip());
        assertFalse(Lang.chinese(english.out()), english.out());
        assertTrue(english.out().contains(SERVING_EARLY), english.out());
    }

    @Test
    void theLocaleVariablesSetTheLanguageTheStrongestFirst() throws IOException {
        Run zh = run(Map.of("LANG", "zh_CN.UTF-8"), "salary serving\n");
        assertEquals(0, zh.code(), zh.err());
        assertEquals("Answering in 中文 (set by LANG=zh_CN.UTF-8).", zh.err().strip());
        assertTrue(Lang.chinese(zh.out()), zh.out());

        Run c = run(Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "C"), "salary serving\n");
        assertEquals("", c.err().strip(), "C wins over LANG and is English, the default: nothing to say");
        assertFalse(Lang.chinese(c.out()), c.out());

        Run messages = run(Map.of("LANG", "en_US.UTF-8", "LC_MESSAGES", "zh_CN.UTF-8"), "salary serving\n");
        assertTrue(Lang.chinese(messages.out()), messages.out());

        Run tw = run(Map.of("LANG", "zh_TW.UTF-8"), "salary serving\n");
        assertEquals(
                "Answering in 中文 (set by LANG=zh_TW.UTF-8).\n"
                        + "Traditional Chinese (LANG=zh_TW.UTF-8) is answered in Simplified Chinese.",
                tw.err().strip());
        assertTrue(Lang.chinese(tw.out()), tw.out());

        Run other = run(Map.of("LANG", "fr_FR.UTF-8"), "salary serving\n");
        assertTrue(other.err().strip().startsWith("Answering in English: LANG=fr_FR.UTF-8 is not a language"));
        assertFalse(Lang.chinese(other.out()), other.out());

        Run none = run(Map.of(), "salary serving\n");
        assertEquals("", none.err(), "nothing chose a language: nothing to say");
        assertFalse(Lang.chinese(none.out()), none.out());
    }

    @Test
    void anUnknownLanguageIsRefused() throws IOException {
        Run r = run(Map.of(), "", "--lang", "xx");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown language 'xx' for --lang: use --lang zh"), r.err());
        Run missing = run(Map.of(), "", "run", "--lang");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--lang needs a language"), missing.err());
        Run elsewhere = run(Map.of(), "", "validate", "--lang", "zh");
        assertEquals(2, elsewhere.code());
        assertTrue(elsewhere.err().contains("use it with run"), elsewhere.err());
    }

    @Test
    void langTypedInTheTerminalIsKeptUntilLangChangesIt() throws IOException {
        Run first = run(Map.of(), "lang zh\nsalary serving\n");
        assertTrue(first.out().contains("好的，之后用中文回答。"), first.out());
        Path file = data.resolve("mentor.mv.db");
        assertTrue(Files.isRegularFile(file), "kept in the data folder's embedded database");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        Run again = run(Map.of("LANG", "en_US.UTF-8"), "salary serving\n");
        assertTrue(again.err().startsWith("Answering in 中文 (your choice, saved with lang zh"), again.err());
        assertTrue(Lang.chinese(again.out()), again.out());

        Run flag = run(Map.of(), "salary serving\n", "--lang", "en");
        assertFalse(Lang.chinese(flag.out()), "--lang wins over the saved choice: " + flag.out());
        Run after = run(Map.of(), "salary serving\n");
        assertFalse(Lang.chinese(after.out()), "and the saved choice is forgotten: " + after.out());
    }

    /** Tells Chinese output from English. */
    static final class Lang {
        private Lang() {}

        /** True when the answer to "salary serving" names serving in Chinese. */
        static boolean chinese(String text) {
            return text.contains(SERVING_ZH);
        }
    }
}
