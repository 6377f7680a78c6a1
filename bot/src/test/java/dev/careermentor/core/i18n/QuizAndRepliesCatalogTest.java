package dev.careermentor.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The quiz's and the replies' sentences (keys quiz., reply., error., button.) are in both catalogs with
 * the same placeholders, and the Chinese ones are Chinese.
 */
class QuizAndRepliesCatalogTest {
    private static final List<String> PREFIXES = List.of("quiz.", "reply.", "error.", "button.");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    /** Same as English on purpose: nothing in them to translate (the curly quotes are the same). */
    private static final Set<String> SAME = Set.of("quiz.result.score", "error.typo.word");

    @Test
    void everyQuizAndReplySentenceHasAChineseTwinWithTheSamePlaceholders() throws IOException {
        Properties en = load("/messages.properties");
        Properties zh = load("/messages_zh.properties");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            if (PREFIXES.stream().noneMatch(key::startsWith)) continue;
            checked++;
            String z = zh.getProperty(key);
            if (z == null) {
                problems.add(key + ": no Chinese");
                continue;
            }
            if (!placeholders(en.getProperty(key)).equals(placeholders(z))) {
                problems.add(key + ": placeholders " + placeholders(en.getProperty(key)) + " vs " + placeholders(z));
            }
            if (!SAME.contains(key) && z.equals(en.getProperty(key))) problems.add(key + ": not translated");
        }
        for (String key : zh.stringPropertyNames()) {
            if (PREFIXES.stream().anyMatch(key::startsWith) && en.getProperty(key) == null) {
                problems.add(key + ": Chinese only");
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked > 60, "the section is there: " + checked);
    }

    @Test
    void chineseIsReadFromItsCatalogAndEnglishStaysEnglish() {
        assertEquals("返回", Msg.get(Lang.ZH, "button.back"));
        assertEquals("Back", Msg.get(Lang.EN, "button.back"));
        assertEquals("This isn't your quiz", Msg.get(Lang.EN, "error.quiz.notyours.title"));
        assertEquals(
                "You're on question 2 of 5. Answer it below, or type restart to start over.",
                Msg.get(Lang.EN, "quiz.resumed", "2", "5"));
        assertEquals(", ", Msg.get(Lang.EN, "quiz.result.scores.sep"));
        assertEquals(" or ", Msg.get(Lang.EN, "error.typo.or"));
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                Objects.requireNonNull(QuizAndRepliesCatalogTest.class.getResourceAsStream(resource), resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
