package dev.careermentor.core.quiz;

import static dev.careermentor.TestBot.ALICE;
import static dev.careermentor.TestBot.BOB;
import static dev.careermentor.TestBot.button;
import static dev.careermentor.TestBot.choice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fixtures;
import dev.careermentor.TestBot;
import dev.careermentor.core.Mentor;
import dev.careermentor.core.User;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.model.Quiz;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Field;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.session.QuizSession;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The quiz in Simplified Chinese on the real knowledge: every question, result, button and error in
 * Chinese, with the same figures as in English.
 */
class QuizInChineseTest {
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final Knowledge en = Fixtures.real().in(Lang.EN);
    private final Knowledge zh = Fixtures.real().in(Lang.ZH);
    private final TestBot bot = TestBot.real();
    private final Mentor mentor = bot.mentor();

    private Reply say(User user, String text) {
        return mentor.handleText(user, Lang.ZH, text);
    }

    private Reply click(User user, String id) {
        return mentor.handleComponent(user, Lang.ZH, "", id);
    }

    @Test
    void aWholeQuizInChineseMatchesTheEnglishOneStepForStep() {
        int total = en.quiz().questions().size();
        Reply z = say(ALICE, "quiz");
        Reply e = mentor.handleText(BOB, Lang.EN, "quiz");
        for (int i = 0; i < total; i++) {
            Quiz.Question zq = zh.quiz().questions().get(i);
            assertEquals(Reply.Kind.QUIZ_QUESTION, z.kind());
            assertEquals(
                    zh.quiz().name() + " \u2014 第 " + (i + 1) + " 题（共 " + total + " 题）", z.title(), "question " + i);
            assertTrue(e.title().endsWith("question " + (i + 1) + " of " + total), e.title());
            assertTrue(z.text().contains(zq.text()), z.text());
            if (i == 0) assertTrue(z.text().startsWith(zh.quiz().intro()), "the intro in Chinese: " + z.text());
            List<String> labels = new ArrayList<>(
                    zq.options().stream().map(Quiz.Option::label).toList());
            if (i > 0) labels.add("返回");
            labels.add("取消");
            assertEquals(labels, z.buttons().stream().map(Button::label).toList());
            assertEquals(kinds(e), kinds(z), "the same buttons as in English");
            int pick = i % zq.options().size();
            z = click(ALICE, choice(z, pick));
            e = mentor.handleComponent(BOB, Lang.EN, "", choice(e, pick));
        }
        assertEquals(Reply.Kind.QUIZ_RESULT, z.kind());
        assertTrue(e.title().startsWith("Your best fit: "), e.title());
        String best = QuizScore.of(en.quiz(), en.specializations().all(), "01234".substring(0, total))
                .best()
                .specialization()
                .id();
        assertEquals("最适合你的方向：" + zh.specializations().require(best).name(), z.title());
        assertEquals("Your best fit: " + en.specializations().require(best).name(), e.title());
        assertEquals(
                List.of("分享到频道", "返回", "重新测验"),
                z.buttons().stream().map(Button::label).toList());
        assertEquals(kinds(e), kinds(z));
        assertSameFigures(e, z);

        Reply shared = click(ALICE, button(z, "分享到频道"));
        assertEquals(Reply.Kind.QUIZ_RESULT, shared.kind());
        assertEquals(Reply.Visibility.PUBLIC, shared.visibility());
        assertEquals(z.title(), shared.title());
        assertEquals("已经分享过了", click(ALICE, button(z, "分享到频道")).title(), "a double click posts once");
        Reply back = click(ALICE, button(z, "返回"));
        assertTrue(back.title().endsWith("第 " + total + " 题（共 " + total + " 题）"), back.title());
        Reply retake = click(ALICE, button(z, "重新测验"));
        assertTrue(retake.title().endsWith("第 1 题（共 " + total + " 题）"), retake.title());
    }

    /** Every answer combination of the real quiz: the same best fit, scores, pay and switch cost in both. */
    @Test
    void everyRealResultHasTheSameFiguresInChineseAsInEnglish() {
        int n = en.quiz().questions().size();
        int[] counts = new int[n];
        for (int i = 0; i < n; i++)
            counts[i] = en.quiz().questions().get(i).options().size();
        int[] answer = new int[n];
        int results = 0;
        while (true) {
            StringBuilder s = new StringBuilder();
            for (int a : answer) s.append(a);
            QuizSession session = new QuizSession("q1", en.quizTag(), s.toString());
            Reply e = QuizView.result(en, ALICE, session, true);
            Reply z = QuizView.result(zh, ALICE, session, true);
            String best = QuizScore.of(en.quiz(), en.specializations().all(), s.toString())
                    .best()
                    .specialization()
                    .id();
            assertEquals("最适合你的方向：" + zh.specializations().require(best).name(), z.title(), s.toString());
            assertSameFigures(e, z);
            assertEquals(
                    e.buttons().stream().map(Button::id).toList(),
                    z.buttons().stream().map(Button::id).toList(),
                    "the same actions");
            results++;
            int i = n - 1;
            while (i >= 0 && ++answer[i] == counts[i]) answer[i--] = 0;
            if (i < 0) break;
        }
        assertTrue(results > 100, "every combination: " + results);
    }

    @Test
    void typedAnswersAndChineseWordsWork() {
        Reply start = say(ALICE, "quiz");
        assertTrue(start.title().endsWith("第 1 题（共 5 题）"), start.title());
        assertTrue(say(ALICE, "2").title().endsWith("第 2 题（共 5 题）"));
        assertTrue(say(ALICE, "返回").title().endsWith("第 1 题（共 5 题）"), "返回 goes back");
        assertEquals("", bot.app.sessions().get(ALICE).orElseThrow().answers());
        say(ALICE, "1");
        assertTrue(say(ALICE, "上一题").title().endsWith("第 1 题（共 5 题）"), "上一题 goes back too");
        say(ALICE, "1");
        assertTrue(say(ALICE, "back").title().endsWith("第 1 题（共 5 题）"), "English words work in Chinese");
        say(ALICE, "3");
        Reply restarted = say(ALICE, "重新开始");
        assertTrue(restarted.title().endsWith("第 1 题（共 5 题）"), restarted.title());
        assertEquals("", bot.app.sessions().get(ALICE).orElseThrow().answers());
        say(ALICE, "2");
        assertTrue(say(ALICE, "重来").title().endsWith("第 1 题（共 5 题）"), "重来 restarts");
        Reply cancelled = say(ALICE, "取消");
        assertEquals(Reply.Kind.NOTICE, cancelled.kind());
        assertEquals("测验已取消", cancelled.title());
        assertEquals("没问题。想再试的时候，随时输入 quiz。", cancelled.text());
        assertEquals(
                List.of("重新开始"), cancelled.buttons().stream().map(Button::label).toList());
        Reply none = say(ALICE, "取消");
        assertEquals("没有进行中的测验", none.title());
        assertEquals("现在没有可以作答的测验。输入 quiz 开始一个。", none.text());
        assertTrue(say(ALICE, "cancel").title().equals("没有进行中的测验"), "cancel in a Chinese conversation");
    }

    @Test
    void chineseWordsAlsoWorkInAnEnglishQuiz() {
        mentor.handleText(ALICE, Lang.EN, "quiz");
        mentor.handleText(ALICE, Lang.EN, "1");
        // A line typed in Chinese is answered in Chinese, whatever the user chose before.
        Reply back = mentor.handleText(ALICE, Lang.EN, "返回");
        assertEquals(Reply.Kind.QUIZ_QUESTION, back.kind());
        assertEquals("", bot.app.sessions().get(ALICE).orElseThrow().answers());
        assertEquals("测验已取消", mentor.handleText(ALICE, Lang.EN, "取消").title());
    }

    @Test
    void aChineseLabelOrItsStartChoosesTheAnswer() {
        say(ALICE, "quiz");
        Quiz.Question q1 = zh.quiz().questions().get(0);
        assertTrue(say(ALICE, q1.options().get(3).label()).title().endsWith("第 2 题（共 5 题）"));
        assertEquals("3", bot.app.sessions().get(ALICE).orElseThrow().answers());
        say(ALICE, "返回");
        assertTrue(say(ALICE, "后端").title().endsWith("第 2 题（共 5 题）"), "the start of one label is enough");
        assertEquals("0", bot.app.sessions().get(ALICE).orElseThrow().answers());
    }

    @Test
    void aStrayLineAsksAgainInChineseAndAQuestionIsForTheBot() {
        say(ALICE, "quiz");
        for (String stray : List.of("嗯", "不知道", "abc", "9")) {
            Reply r = say(ALICE, stray);
            assertEquals(Reply.Kind.QUIZ_QUESTION, r.kind(), stray);
            assertTrue(r.text().contains("请回复 1 到 5 之间的数字，或输入“返回”“重新开始”或“取消”。"), r.text());
        }
        Reply asked = say(ALICE, "推理工程师的薪资是多少");
        assertNotEquals(Reply.Kind.QUIZ_QUESTION, asked.kind(), "a Chinese question is answered: " + asked);
        assertEquals("", bot.app.sessions().get(ALICE).orElseThrow().answers(), "the quiz waits where it was");
        Reply resumed = say(ALICE, "quiz");
        assertTrue(resumed.text().startsWith("你正在回答第 1 题（共 5 题）。"), resumed.text());
        assertTrue(resumed.buttons().stream().anyMatch(b -> b.label().equals("重新开始")), "a Restart button");
    }

    @Test
    void quizErrorsAreInChinese() {
        Reply q = say(ALICE, "quiz");
        Reply notMine = click(BOB, choice(q, 0));
        assertEquals("这不是你的测验", notMine.title());
        assertEquals("只有发起这个测验的人才能作答。输入 quiz 开始你自己的测验。", notMine.text());
        assertEquals(
                List.of("开始我的测验"), notMine.buttons().stream().map(Button::label).toList());

        String damaged = choice(q, 0).replaceFirst(":a0$", ":a9");
        Reply broken = click(ALICE, damaged);
        assertEquals("这个测验按钮已失效", broken.title());
        assertEquals(
                List.of("开始新测验"), broken.buttons().stream().map(Button::label).toList());

        String outdated = choice(q, 0).replaceFirst("^cm1:q:[^:]+:", "cm1:q:oldtag:");
        Reply updated = click(ALICE, outdated);
        assertEquals("测验已更新", updated.title());
        assertEquals(
                List.of("重新开始测验"), updated.buttons().stream().map(Button::label).toList());

        say(ALICE, "quiz"); // the click on the outdated quiz ended it
        for (int i = 0; i < 5; i++) say(ALICE, "1");
        Reply finished = say(ALICE, "1");
        assertEquals("测验已完成", finished.title());
        assertEquals("你已经回答了所有问题。输入“返回”修改最后一个答案，或输入“重新开始”再做一次。", finished.text());
    }

    @Test
    void englishStaysAsItWas() {
        Reply q = mentor.handleText(ALICE, Lang.EN, "quiz");
        assertTrue(q.title().endsWith("question 1 of 5"), q.title());
        assertEquals("Cancel", q.buttons().get(q.buttons().size() - 1).label());
        assertEquals(
                "Quiz cancelled", mentor.handleText(ALICE, Lang.EN, "cancel").title());
    }

    /** The figures of a result are the same in both languages: scores, runner-up, pay and switch cost. */
    private static void assertSameFigures(Reply e, Reply z) {
        assertEquals(e.fields().size(), z.fields().size(), "the same parts: " + e.fields() + " / " + z.fields());
        for (int i = 0; i < e.fields().size(); i++) {
            Field ef = e.fields().get(i);
            Field zf = z.fields().get(i);
            if (ef.name().equals("Scores")) {
                assertEquals("得分", zf.name());
                assertEquals(digits(ef.value()), digits(zf.value()), "scores: " + ef.value() + " / " + zf.value());
                assertFalse(zf.value().contains(", "), "joined the Chinese way: " + zf.value());
            } else if (ef.name().startsWith("Pay (")) {
                assertEquals(ef.value(), zf.value(), "pay");
            } else if (ef.name().equals("A sensible switch later")) {
                assertEquals("以后合理的转向", zf.name());
                assertTrue(zf.value().contains("转换一次方向大约要花 2\u20133 个月重新调整。"), zf.value());
                assertTrue(ef.value().contains("A switch costs about 2\u20133 months of regrouping."), ef.value());
            } else if (ef.name().startsWith("Why ")) {
                assertTrue(zf.name().startsWith("为什么是"), zf.name());
            } else if (ef.name().equals("First steps to break in")) {
                assertEquals("入行的第一步", zf.name());
            }
        }
        String[] ep = e.text().split("\n\n", -1);
        String[] zp = z.text().split("\n\n", -1);
        assertEquals(ep.length, zp.length, "a runner-up line in both or neither");
        if (ep.length > 1) {
            assertTrue(ep[ep.length - 1].startsWith("Runner-up: "), ep[ep.length - 1]);
            assertTrue(zp[zp.length - 1].startsWith("第二名："), zp[zp.length - 1]);
            assertEquals(digits(ep[ep.length - 1]), digits(zp[zp.length - 1]), "runner-up points");
            assertEquals(ep[ep.length - 1].contains("a tie"), zp[zp.length - 1].contains("平分"));
        }
    }

    private static List<String> digits(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = DIGITS.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static List<Button.Kind> kinds(Reply r) {
        return r.buttons().stream().map(Button::kind).toList();
    }
}
