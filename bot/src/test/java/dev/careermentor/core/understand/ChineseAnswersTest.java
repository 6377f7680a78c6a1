package dev.careermentor.core.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.TestBot;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.eval.EvalRun;
import dev.careermentor.core.reply.Citation;
import dev.careermentor.core.reply.Field;
import dev.careermentor.core.reply.Reply;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question typed in Chinese is read against the English knowledge and answered from its Chinese face:
 * the reply is written in Chinese, and it holds the same figures, cites the same entries and is the same
 * kind of answer as the reply to the same question asked in English.
 */
class ChineseAnswersTest {
    private static final TestBot BOT = TestBot.real();

    /** Money, percentages and scores: what must read the same in both languages. */
    private static final Pattern FIGURE =
            Pattern.compile("\\$[0-9.,]+[KM]?\\+?|[0-9]+(?:\\.[0-9]+)?%|\\b[0-9]+\\.[0-9]+\\b");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pay            | how much do mlops engineers make?                    | MLOps 工程师工资多少？
            specialization | mlops                                                | MLOps 方向
            concept        | what is RAG?                                         | RAG 是什么？
            background     | I'm a backend engineer, which specialization fits me? | 我是做后端的，适合哪个方向？
            not covered    | LLM engineer salary in India?                        | 印度的 LLM 工程师工资多少？
            """)
    void aChineseQuestionGetsTheEnglishAnswersFactsInChinese(String what, String english, String chinese) {
        Reply en = BOT.say(new User(Surface.CONSOLE, "t", "en-" + what), english);
        Reply zh = BOT.say(new User(Surface.CONSOLE, "t", "zh-" + what), chinese);

        assertFalse(EvalRun.inChinese(en), what + ": the English reply is English: " + en);
        assertTrue(
                EvalRun.inChinese(zh),
                what + ": the Chinese reply is Chinese (" + EvalRun.hanShare(zh) + " Han): " + zh);
        assertEquals(en.kind(), zh.kind(), what + ": the same kind of answer");
        assertEquals(entries(en), entries(zh), what + ": cites the same entries");
        assertEquals(figures(en), figures(zh), what + ": the same figures");
        if (what.equals("pay")) assertTrue(figures(zh).containsAll(List.of("$160K", "$260K", "$250K", "$450K")));
        if (what.equals("not covered")) assertTrue(figures(zh).isEmpty(), "no pay figure for India: " + zh);
    }

    private static Set<String> entries(Reply r) {
        Set<String> out = new TreeSet<>();
        for (Citation c : r.citations()) out.add(c.entryId());
        return out;
    }

    private static Set<String> figures(Reply r) {
        StringBuilder all = new StringBuilder(r.title()).append('\n').append(r.text());
        for (Field f : r.fields())
            all.append('\n').append(f.name()).append('\n').append(f.value());
        Set<String> out = new TreeSet<>();
        Matcher m = FIGURE.matcher(all);
        while (m.find()) out.add(m.group());
        return out;
    }
}
