package dev.careermentor.core.quiz;

import static dev.careermentor.TestBot.ALICE;
import static dev.careermentor.TestBot.BOB;
import static dev.careermentor.TestBot.button;
import static dev.careermentor.TestBot.choice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fixtures;
import dev.careermentor.TestBot;
import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.knowledge.Knowledge;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.knowledge.model.Specialization;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Field;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.session.QuizSession;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The quiz on the minimal fixture, whose weights make results easy to state, and on the real file. */
class QuizTest {
    private final Knowledge minimal = Fixtures.minimal();
    private final TestBot bot = new TestBot(minimal);

    @Test
    void scoringAddsTheChosenWeightsAndBreaksTiesByFileOrder() {
        // Weights in the fixture: question 1 {applied 3 | serving 3}, 2 {applied 2 | serving 2},
        // 3 {applied 1 | serving 1}, 4 {applied 1 + serving 1 | serving 1}.
        QuizScore allFirst =
                QuizScore.of(minimal.quiz(), minimal.specializations().all(), "0000");
        assertEquals("applied-llm", allFirst.best().specialization().id());
        assertEquals(7, allFirst.best().points());
        assertEquals(1, allFirst.runnerUp().points());
        QuizScore allSecond =
                QuizScore.of(minimal.quiz(), minimal.specializations().all(), "1111");
        assertEquals("inference-serving", allSecond.best().specialization().id());
        assertEquals(7, allSecond.best().points());
        QuizScore tie = QuizScore.of(minimal.quiz(), minimal.specializations().all(), "0110");
        assertEquals(4, tie.best().points());
        assertEquals(4, tie.runnerUp().points());
        assertEquals("applied-llm", tie.best().specialization().id(), "ties go to the first listed");
    }

    @Test
    void aWholeQuizByClicksEndsInAResultWithItsReasons() {
        Reply q = bot.say("quiz");
        assertEquals(Reply.Kind.QUIZ_QUESTION, q.kind());
        assertTrue(q.title().endsWith("question 1 of 4"));
        for (int i = 0; i < 4; i++) {
            q = bot.click(ALICE, choice(q, 1));
            assertEquals(Reply.Visibility.UPDATE, q.visibility());
        }
        assertEquals(Reply.Kind.QUIZ_RESULT, q.kind());
        assertEquals("Your best fit: Inference / serving engineer", q.title());
        assertFalse(q.text().contains("Runner-up"), "1 point against 7 is not worth showing: " + q.text());
        String text = fields(q);
        assertTrue(text.contains("Backend people like systems."), "the why of each answer");
        assertTrue(
                text.matches("(?s).*Scores\\nInference / serving engineer \\d+, Applied LLM engineer \\d+.*"),
                "the scores, on one line, best first: " + text);
        assertTrue(text.contains("$180K–$280K"), "pay of the best fit");
        assertTrue(text.contains("Contribute to vLLM."), "first break-in steps");
        assertTrue(text.contains("2–3 months"), "a sensible switch and its cost");
        List<String> labels = q.buttons().stream().map(Button::label).toList();
        assertEquals(List.of("Share to channel", "Back", "Retake quiz"), labels);
    }

    @Test
    void theSameAnswersAlwaysGiveTheSameResult() {
        Reply first = finish(bot, ALICE, 0, 1, 0, 1);
        Reply second = finish(bot, BOB, 0, 1, 0, 1);
        assertEquals(first.title(), second.title());
        assertEquals(first.fields(), second.fields());
    }

    @Test
    void typedAnswersWorkLikeClicks() {
        bot.say("quiz");
        Reply q = bot.say("2");
        assertTrue(q.title().endsWith("question 2 of 4"));
        assertEquals(Reply.Visibility.PRIVATE, q.visibility());
        assertTrue(bot.say("back").title().endsWith("question 1 of 4"));
        Reply again = bot.say("9");
        assertTrue(again.title().endsWith("question 1 of 4"), "a number out of range asks the same question again");
        assertTrue(
                again.text().contains("Answer with a number from 1 to 2, or type back, restart or cancel."),
                again.text());
        bot.say("1");
        bot.say("1");
        bot.say("1");
        Reply result = bot.say("1");
        assertEquals(Reply.Kind.QUIZ_RESULT, result.kind());
        assertEquals("The quiz is finished", bot.say("1").title());
        assertTrue(bot.say("restart").title().endsWith("question 1 of 4"));
        assertEquals("Quiz cancelled", bot.say("cancel").title());
        assertEquals("No quiz in progress", bot.say("2").title());
    }

    @Test
    void aTypedLineThatAnswersNothingAsksTheSameQuestionAgain() {
        bot.say("quiz");
        bot.say("2");
        for (String wrong : List.of("abc", "two", "1)", "0", "7", "maybe")) {
            Reply r = bot.say(wrong);
            assertEquals(Reply.Kind.QUIZ_QUESTION, r.kind(), wrong);
            assertTrue(r.title().endsWith("question 2 of 4"), wrong + ": " + r.title());
            assertTrue(r.text().startsWith("Your ideal day?"), r.text());
            assertTrue(
                    r.text().contains("Answer with a number from 1 to 2, or type back, restart or cancel."), r.text());
            assertEquals(
                    List.of("Building product", "Debugging GPUs"),
                    r.buttons().stream().limit(2).map(Button::label).toList(),
                    "the answers are offered again");
            assertEquals("1", bot.app.sessions().get(ALICE).orElseThrow().answers(), wrong + " changed nothing");
        }
    }

    @Test
    void typingAnAnswersLabelChoosesIt() {
        bot.say("quiz");
        assertTrue(bot.say("Backend").title().endsWith("question 2 of 4"));
        assertEquals("1", bot.app.sessions().get(ALICE).orElseThrow().answers());
        assertTrue(bot.say("debugging gpus").title().endsWith("question 3 of 4"), "case is ignored");
        assertTrue(bot.say("a hub!").title().endsWith("question 4 of 4"), "punctuation is ignored");
        assertTrue(bot.say("bach").title().startsWith("Your best fit"), "the start of a single label is enough");
    }

    @Test
    void commandsAndQuestionsStillWorkDuringAQuiz() {
        bot.say("quiz");
        bot.say("1");
        Reply help = bot.say("help");
        assertFalse(help.kind() == Reply.Kind.QUIZ_QUESTION, "help is a command, not an answer");
        Reply question = bot.say("what does an inference engineer earn");
        assertFalse(question.kind() == Reply.Kind.QUIZ_QUESTION, "a question is answered, not taken as a wrong answer");
        assertEquals("0", bot.app.sessions().get(ALICE).orElseThrow().answers(), "the quiz waits where it was");
        assertTrue(bot.say("2").title().endsWith("question 3 of 4"));
    }

    @Test
    void quizDuringAQuizShowsWhereItStandsAndOffersARestart() {
        bot.say("quiz");
        bot.say("2");
        Reply r = bot.say("quiz");
        assertTrue(r.title().endsWith("question 2 of 4"), "the answers so far are kept: " + r.title());
        assertTrue(r.text().contains("You're on question 2 of 4"), r.text());
        assertEquals("1", bot.app.sessions().get(ALICE).orElseThrow().answers());
        Reply restarted = bot.click(ALICE, button(r, "Restart"));
        assertTrue(restarted.title().endsWith("question 1 of 4"), restarted.title());
        assertTrue(bot.app.sessions().get(ALICE).orElseThrow().answers().isEmpty(), "restart starts over");
    }

    @Test
    void theRunnerUpIsShownOnlyWhenItIsClose() {
        // 1010: serving 3 + 1 + 1 = 5, applied 2 + 1 = 3: at least half, shown.
        Reply close = finish(bot, ALICE, 1, 0, 1, 0);
        assertTrue(close.text().contains("Runner-up: Applied LLM engineer (3 vs 5 points)."), close.text());
        // 1100: serving 3 + 2 + 1 = 6, applied 1: far behind, not shown, and not offered as the switch.
        Reply far = finish(bot, BOB, 1, 1, 0, 0);
        assertFalse(far.text().contains("Runner-up"), far.text());
        assertFalse(fields(far).contains("Your runner-up"), fields(far));
        // A tie is always close.
        Reply tie = finish(
                bot,
                new dev.careermentor.core.User(dev.careermentor.core.Surface.CONSOLE, "local", "carol"),
                0,
                1,
                1,
                0);
        assertTrue(tie.text().contains("a tie"), tie.text());
    }

    @Test
    void everyRealResultGivesOnlyReasonsForItsBestFitAndNoStepTheAnswersRuleOut() {
        Knowledge k = Fixtures.real();
        int n = k.quiz().questions().size();
        int[] counts = new int[n];
        for (int i = 0; i < n; i++)
            counts[i] = k.quiz().questions().get(i).options().size();
        int[] answer = new int[n];
        int results = 0;
        while (true) {
            StringBuilder s = new StringBuilder();
            for (int a : answer) s.append(a);
            Reply r = QuizView.result(k, ALICE, new QuizSession("q1", k.quizTag(), s.toString()), false);
            QuizScore score = QuizScore.of(k.quiz(), k.specializations().all(), s.toString());
            String best = score.best().specialization().id();
            Field why = r.fields().stream()
                    .filter(f -> f.name().startsWith("Why "))
                    .findFirst()
                    .orElseThrow();
            Field steps = r.fields().stream()
                    .filter(f -> f.name().equals("First steps to break in"))
                    .findFirst()
                    .orElse(null);
            for (QuizScore.Answer a : score.answers()) {
                boolean explains = QuizScore.pointsMostTo(a.option(), best);
                assertEquals(
                        explains,
                        why.value().contains(a.option().why()),
                        s + ": why of '" + a.option().label() + "'");
                for (String skipped : a.option().skipSteps()) {
                    assertTrue(
                            steps == null || !steps.value().contains(skipped), s + ": '" + skipped + "' is ruled out");
                }
            }
            results++;
            int i = n - 1;
            while (i >= 0 && ++answer[i] == counts[i]) answer[i--] = 0;
            if (i < 0) break;
        }
        assertTrue(results >= 3125, "every combination was tried: " + results);
    }

    @Test
    void someoneInAcademiaWithPapersIsNeverToldAcademiaFirst() {
        Knowledge k = Fixtures.real();
        TestBot real = new TestBot(k);
        // Researcher, papers and experiments, research hub, a PhD or papers, top pay.
        Reply r = finish(real, ALICE, 2, 2, 0, 2, 2);
        assertEquals("Your best fit: ML researcher / research engineer", r.title());
        String text = fields(r);
        assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("academia first"), text);
        assertTrue(text.contains("Researcher roles want a PhD or equivalent published work"), text);
    }

    @Test
    void eachQuizStateChangeCountsOnceHoweverOftenItsButtonIsClicked() {
        List<String> events = new java.util.ArrayList<>();
        QuizFlow flow = new QuizFlow(
                new dev.careermentor.core.session.SessionStore(
                        dev.careermentor.core.session.SessionStore.Settings.DEFAULT,
                        com.github.benmanes.caffeine.cache.Ticker.systemTicker(),
                        Runnable::run,
                        (s, cause) -> {}),
                counter(),
                new QuizFlow.Listener() {
                    @Override
                    public void started(dev.careermentor.core.User user) {
                        events.add("started");
                    }

                    @Override
                    public void completed(dev.careermentor.core.User user, String specializationId) {
                        events.add("completed " + specializationId);
                    }

                    @Override
                    public void cancelled(dev.careermentor.core.User user) {
                        events.add("cancelled");
                    }
                });
        Reply q = flow.start(ALICE, minimal);
        for (int i = 0; i < 3; i++) q = click(flow, choice(q, 1));
        String last = choice(q, 1);
        Reply result = click(flow, last);
        assertEquals(Reply.Kind.QUIZ_RESULT, result.kind());
        assertEquals(result, click(flow, last), "a double click shows the same result");
        click(flow, last); // and a retry of it
        assertEquals(List.of("started", "completed inference-serving"), events);

        String retake = button(result, "Retake quiz");
        Reply again = click(flow, retake);
        assertEquals(again, click(flow, retake), "a second click on the same Retake shows the same fresh quiz");
        assertEquals(List.of("started", "completed inference-serving", "started"), events);

        String cancel = button(again, "Cancel");
        assertEquals("Quiz cancelled", click(flow, cancel).title());
        click(flow, cancel);
        assertEquals(List.of("started", "completed inference-serving", "started", "cancelled"), events);
    }

    private java.util.function.Supplier<String> counter() {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return () -> "quiz" + n.incrementAndGet();
    }

    private Reply click(QuizFlow flow, String id) {
        return flow.click(ALICE, minimal, (ComponentIds.Quiz) ComponentIds.parse(id));
    }

    @Test
    void backAndRestartButtons() {
        Reply q1 = bot.say("quiz");
        assertFalse(q1.buttons().stream().anyMatch(b -> b.label().equals("Back")), "nothing to go back to");
        Reply q2 = bot.click(ALICE, choice(q1, 0));
        Reply back = bot.click(ALICE, button(q2, "Back"));
        assertTrue(back.title().endsWith("question 1 of 4"));
        Reply result = finish(bot, ALICE, 0, 0, 0, 0);
        Reply again = bot.click(ALICE, button(result, "Retake quiz"));
        assertTrue(again.title().endsWith("question 1 of 4"), again.title() + " / " + again.text());
        assertFalse(quizId(again).equals(quizId(q1)), "a retake is a new quiz");
    }

    @Test
    void cancelEndsTheQuiz() {
        Reply q = bot.say("quiz");
        Reply cancelled = bot.click(ALICE, button(q, "Cancel"));
        assertEquals("Quiz cancelled", cancelled.title());
        assertEquals(Reply.Visibility.UPDATE, cancelled.visibility(), "the question is replaced, its buttons gone");
        assertTrue(bot.app.sessions().get(ALICE).isEmpty());
        Reply again = bot.click(ALICE, button(cancelled, "Start again"));
        assertEquals(Reply.Visibility.UPDATE, again.visibility());
        assertTrue(again.title().endsWith("question 1 of 4"), again.title());
    }

    @Test
    void aClickAfterARestartContinuesFromTheButtonAlone() {
        Reply q2 = bot.click(ALICE, choice(bot.say("quiz"), 1));
        TestBot restarted = new TestBot(minimal); // a new process: empty session cache
        Reply q3 = restarted.click(ALICE, choice(q2, 0));
        assertTrue(q3.title().endsWith("question 3 of 4"), q3.title());
        assertEquals("10", restarted.app.sessions().get(ALICE).orElseThrow().answers());
    }

    @Test
    void aClickAfterTheSessionExpiredStillWorks() {
        Reply q2 = bot.click(ALICE, choice(bot.say("quiz"), 0));
        bot.idle(Duration.ofHours(2));
        bot.app.sessions().cleanUp();
        assertTrue(bot.app.sessions().get(ALICE).isEmpty(), "the session expired");
        assertEquals("No quiz in progress", bot.say("1").title(), "typed answers need the session");
        assertTrue(bot.click(ALICE, choice(q2, 0)).title().endsWith("question 3 of 4"), "buttons do not");
    }

    @Test
    void aDoubleClickOrRetryNeverAdvancesTwice() {
        Reply q1 = bot.say("quiz");
        Reply once = bot.click(ALICE, choice(q1, 0));
        Reply twice = bot.click(ALICE, choice(q1, 0));
        assertEquals(once, twice);
        Reply other = bot.click(ALICE, choice(q1, 1)); // a second, different click on the same question
        assertEquals(once, other, "the first answer to a question wins");
        assertEquals("0", bot.app.sessions().get(ALICE).orElseThrow().answers());
    }

    @Test
    void anotherUsersClickIsRefusedPolitely() {
        Reply q1 = bot.say("quiz");
        Reply r = bot.click(BOB, choice(q1, 0));
        assertEquals("This isn't your quiz", r.title());
        assertEquals(Reply.Visibility.PRIVATE, r.visibility(), "a note to Bob; Alice's message is untouched");
        assertTrue(bot.app.sessions().get(ALICE).orElseThrow().answers().isEmpty());
    }

    @Test
    void aQuizWhoseQuestionsChangedOffersARestart() {
        Reply q1 = bot.say("quiz");
        String changed = Fixtures.minimalText().replace("weights: { applied-llm: 3 }", "weights: { applied-llm: 4 }");
        Knowledge edited = new KnowledgeLoader(Fixtures.CLOCK)
                .load("m.yaml", changed.getBytes(StandardCharsets.UTF_8))
                .knowledge();
        bot.app.knowledge().swap(edited);
        Reply r = bot.click(ALICE, choice(q1, 0));
        assertEquals("The quiz was updated", r.title());
        Reply restarted = bot.click(ALICE, button(r, "Restart quiz"));
        assertTrue(restarted.title().endsWith("question 1 of 4"));
    }

    @Test
    void rewordingAQuestionKeepsQuizzesAlive() {
        Reply q1 = bot.say("quiz");
        String reworded = Fixtures.minimalText().replace("text: \"Your ideal day?\"", "text: \"Your perfect day?\"");
        bot.app
                .knowledge()
                .swap(new KnowledgeLoader(Fixtures.CLOCK)
                        .load("m.yaml", reworded.getBytes(StandardCharsets.UTF_8))
                        .knowledge());
        Reply q2 = bot.click(ALICE, choice(q1, 0));
        assertEquals("Your perfect day?", q2.text());
    }

    @Test
    void forgedAndDamagedQuizIdsAreRefused() {
        Reply q1 = bot.say("quiz");
        String id = choice(q1, 0);
        String tooFar = id.replaceFirst(":a0$", ":a7");
        assertEquals("This quiz button no longer fits", bot.click(ALICE, tooFar).title());
        String extraAnswers = id.replace("::a0", ":99999:a0");
        assertFalse(extraAnswers.equals(id) || tooFar.equals(id), "the forgeries must differ from the real id");
        assertEquals(
                "This quiz button no longer fits",
                bot.click(ALICE, extraAnswers).title());
        assertEquals(
                "That button can't be used",
                bot.click(ALICE, id.substring(0, id.length() - 3)).title());
        assertEquals(
                "That button can't be used",
                bot.click(ALICE, id.replace("cm1", "cm9")).title());
    }

    @Test
    void everySpecializationInTheRealQuizCanWin() {
        Knowledge k = Fixtures.real();
        int questions = k.quiz().questions().size();
        Set<String> winners = new HashSet<>();
        int[] counts = new int[questions];
        for (int i = 0; i < questions; i++)
            counts[i] = k.quiz().questions().get(i).options().size();
        int[] answer = new int[questions];
        while (true) {
            StringBuilder s = new StringBuilder();
            for (int a : answer) s.append(a);
            winners.add(QuizScore.of(k.quiz(), k.specializations().all(), s.toString())
                    .best()
                    .specialization()
                    .id());
            int pos = questions - 1;
            while (pos >= 0 && ++answer[pos] == counts[pos]) answer[pos--] = 0;
            if (pos < 0) break;
        }
        assertEquals(
                k.specializations().all().stream().map(Specialization::id).collect(java.util.stream.Collectors.toSet()),
                winners);
    }

    private static Reply finish(TestBot bot, dev.careermentor.core.User user, int... choices) {
        Reply q = bot.say(user, "quiz");
        for (int c : choices) q = bot.click(user, choice(q, c));
        return q;
    }

    private static String quizId(Reply question) {
        return ((ComponentIds.Quiz) ComponentIds.parse(choice(question, 0))).quizId();
    }

    private static String fields(Reply r) {
        StringBuilder sb = new StringBuilder();
        for (Field f : r.fields())
            sb.append(f.name()).append('\n').append(f.value()).append('\n');
        return sb.toString();
    }
}
