package dev.careermentor.core.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.TestBot;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Citation;
import dev.careermentor.core.reply.PlainText;
import dev.careermentor.core.reply.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The questions a new user typed that the bot used to get wrong (issue 12), each answered right now: a
 * direct answer first, the figure it asks for, the source, and no figure that belongs to something else.
 */
class FirstQuestionsTest {
    private final TestBot bot = TestBot.real();

    private static String all(Reply r) {
        return PlainText.render(r);
    }

    private static List<String> cited(Reply r) {
        return r.citations().stream().map(Citation::entryId).toList();
    }

    @Test
    void whichSpecializationPaysTheMostIsMlResearchWithBothLevels() {
        Reply r = bot.say("which specialization pays the most?");
        assertEquals(Reply.Kind.ANSWER, r.kind());
        assertTrue(r.text().startsWith("ML researcher / research engineer pays the most"), r.text());
        assertTrue(r.text().contains("$400K–$1M+") && r.text().contains("$200K–$400K"), r.text());
        assertTrue(r.text().contains("US, USD, as of 2026"), "region, currency and date: " + r.text());
        assertFalse(r.text().contains("Applied LLM"), "the lowest payer is not the answer: " + r.text());
        assertTrue(cited(r).contains("ml-research"), cited(r).toString());
    }

    @Test
    void aDataScientistsPayIsNotAnotherJobsFigure() {
        Reply r = bot.say("what does a data scientist earn");
        assertEquals(Reply.Kind.NOT_COVERED, r.kind());
        assertTrue(r.text().startsWith("My sources give no pay for data scientist as a job"), r.text());
        assertFalse(all(r).contains("$"), "no figure that belongs to something else: " + all(r));
    }

    @Test
    void whichCertificationsGivesAllFourInTheLead() {
        Reply r = bot.say("which certifications should I get");
        for (String cert : List.of(
                "TensorFlow Developer Certificate",
                "AWS Certified Machine Learning – Specialty",
                "Google Cloud Professional Data Engineer",
                "DeepLearning.AI Certificates")) {
            assertTrue(r.text().contains(cert), cert + " in " + r.text());
        }
        assertEquals(List.of("become-llm-engineer"), cited(r));
    }

    @ParameterizedTest
    @ValueSource(strings = {"backend", "devops", "portfolio", "certs"})
    void oneWordTheKnowledgeHasIsAnsweredNotAHelpWall(String word) {
        Reply r = bot.say(word);
        assertEquals(Reply.Kind.ANSWER, r.kind(), word + ": " + r.title());
        assertNotEquals("Career Mentor: commands", r.title());
        assertFalse(r.citations().isEmpty(), "sourced: " + word);
        assertTrue(all(r).length() < 2000, "an answer, not a wall: " + all(r).length() + " characters");
    }

    @Test
    void hiIsAShortFriendlyReplyWithThreeThingsToTry() {
        Reply r = bot.say("hi");
        assertEquals(Reply.Kind.NOTICE, r.kind());
        assertEquals(
                3,
                r.buttons().stream()
                        .filter(b -> b.kind() == Button.Kind.SUGGESTION)
                        .count());
        assertTrue(r.citations().isEmpty());
    }

    @Test
    void payTyposStillAnswerWithThePay() {
        Reply mlops = bot.say("salry mlops");
        assertTrue(mlops.text().contains("$160K–$260K") && mlops.text().contains("$250K–$450K"), mlops.text());
        Reply serving = bot.say("sal serving");
        assertTrue(serving.text().contains("$180K–$280K") && serving.text().contains("$300K–$600K"), serving.text());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "what's the capital of France?",
                "how much do ML engineers make in London?",
                "how much does a robotics engineer make?",
                "how many employees does Anthropic have?",
                "机器人工程师月薪多少"
            })
    void whatTheSourcesDoNotCoverIsSaidPlainlyWithWhatTheyDo(String question) {
        Reply r = bot.say(question);
        assertEquals(Reply.Kind.NOT_COVERED, r.kind(), question + " → " + r.title() + ": " + r.text());
        // In the language asked: a Chinese question gets the Chinese of the same sentence.
        String covered = dev.careermentor.core.i18n.Lang.looksChinese(question)
                ? "我的资料涵盖：两条职业路线"
                : "My sources cover the two career paths";
        assertTrue(r.text().contains(covered), r.text());
        assertFalse(all(r).contains("$"), "no figure for something else: " + all(r));
        assertFalse(r.buttons().isEmpty(), "things to try instead");
    }

    @Test
    void aChineseQuestionIsUnderstood() {
        Reply r = bot.say("推理方向资深工程师年薪多少");
        assertTrue(r.text().contains("$300K–$600K"), r.text());
        assertEquals(List.of("inference-serving"), cited(r));
    }
}
