package dev.careermentor.core.understand;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.TestBot;
import dev.careermentor.core.reply.PlainText;
import dev.careermentor.core.reply.Reply;
import org.junit.jupiter.api.Test;

/** The words around the figures follow the answer's language: pay levels, their basis, the terminal's hints. */
class ChineseWordsAroundFiguresTest {
    private final TestBot bot = TestBot.real();

    @Test
    void aChinesePayAnswerNamesTheLevelsAndTheirBasisInChinese() {
        String zh = PlainText.render(bot.say("推理工程师的薪资是多少"));
        assertTrue(zh.contains("$180K–$280K") && zh.contains("$300K–$600K"), zh);
        assertFalse(zh.contains("Early career") || zh.contains("as of 2026"), zh);
        String en = PlainText.render(bot.say("what does an inference engineer earn"));
        assertTrue(en.contains("Early career: $180K–$280K"), "English is unchanged: " + en);
    }

    @Test
    void theTerminalsHintsUnderAChineseQuizAreChinese() {
        Reply q = bot.mentor().handleText(TestBot.ALICE, dev.careermentor.core.i18n.Lang.ZH, "quiz");
        String text = PlainText.render(q);
        assertTrue(q.kind() == Reply.Kind.QUIZ_QUESTION, text);
        assertFalse(text.contains("Type a number"), text);
        assertTrue(text.contains("输入编号"), text);
        String en = PlainText.render(bot.mentor().handleText(TestBot.BOB, "quiz"));
        assertTrue(en.contains("Type a number, or cancel."), en);
    }
}
