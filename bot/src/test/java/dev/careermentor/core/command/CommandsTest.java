package dev.careermentor.core.command;

import static dev.careermentor.TestBot.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.TestBot;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Citation;
import dev.careermentor.core.reply.Field;
import dev.careermentor.core.reply.PlainText;
import dev.careermentor.core.reply.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every command against the shipped knowledge. Figures are stated here as the seed articles give
 * them, so a test fails if an answer drops or garbles one.
 */
class CommandsTest {
    private final TestBot bot = TestBot.real();

    @Test
    void helpListsEveryCommandOnce() {
        Reply r = bot.say("help");
        assertEquals(Reply.Kind.NOTICE, r.kind());
        for (Command c : Commands.all()) {
            assertEquals(
                    1,
                    r.fields().stream().filter(f -> f.name().equals(c.usage())).count(),
                    c.usage());
        }
    }

    @Test
    void emptyInputAndTheBarePrefixShowHelp() {
        assertEquals("Career Mentor: commands", bot.say("").title());
        assertEquals("Career Mentor: commands", bot.say("/mentor").title());
        assertEquals("Career Mentor: commands", bot.say("   ").title());
    }

    @Test
    void pathsSideBySide() {
        Reply r = bot.say("paths");
        String text = text(r);
        assertTrue(text.contains("Engineering implementation") && text.contains("Algorithm research"));
        assertTrue(text.contains("bachelor's"), "engineering needs a bachelor's");
        assertTrue(text.contains("985"), "research needs a top-tier (985) master's");
        assertCites(r, "two-paths", "2026-11");
    }

    @Test
    void onePathInDepth() {
        Reply research = bot.say("path research");
        assertEquals("Algorithm research", research.title());
        assertTrue(text(research).contains("LLM Algorithm Engineer"));
        assertTrue(text(research).contains("papers"));
        Reply eng = bot.say("path ENG");
        assertEquals("Engineering implementation", eng.title());
        assertTrue(text(eng).contains("YOLO"));
        assertTrue(text(eng).contains("AI Agent Engineer"));
    }

    @Test
    void aMisspelledPathSuggestsTheClosest() {
        Reply r = bot.say("path reserch");
        assertEquals(Reply.Kind.ERROR, r.kind());
        assertTrue(r.text().contains("Did you mean Algorithm research"), r.text());
        assertTrue(r.buttons().stream().anyMatch(b -> b.label().equals("Algorithm research")));
    }

    @Test
    void specializationsListTheSixWithEarlyPay() {
        Reply r = bot.say("specializations");
        assertEquals(6, r.fields().size());
        String text = text(r);
        for (String pay : List.of("$130K–$220K", "$180K–$280K", "$180K–$300K", "$160K–$260K", "$200K–$400K")) {
            assertTrue(text.contains(pay), pay);
        }
        assertTrue(text.contains("US, USD, as of 2026"));
        assertCites(r, "six-specializations", "2026");
    }

    @Test
    void oneSpecializationByAlias() {
        Reply r = bot.say("specialization evals");
        assertEquals("AI safety / evaluation engineer", r.title());
        String text = text(r);
        assertTrue(text.contains("Early career: $180K–$300K"));
        assertTrue(text.contains("Senior: $300K–$500K"));
        assertTrue(text.contains("Pay (US, USD, as of 2026)"));
        assertTrue(text.contains("fellowships"), "break-in steps");
        assertTrue(text.contains("METR"), "hiring outlook");
        assertEquals("specialization safety-eval", r.shareCommand());
    }

    @Test
    void aMisspelledSpecializationSuggestsTheClosest() {
        Reply r = bot.say("specialization servng");
        assertEquals(Reply.Kind.ERROR, r.kind());
        assertTrue(r.text().contains("Inference / serving engineer"), r.text());
        String id = TestBot.button(r, "Inference / serving engineer");
        Reply followed = bot.click(ALICE, id);
        assertEquals("Inference / serving engineer", followed.title());
    }

    @Test
    void salaryTableHasEverySpecializationAndTheLlmEngineerFigures() {
        Reply r = bot.say("salary");
        String text = text(r);
        for (String pay : List.of(
                "$130K–$220K",
                "$200K–$400K",
                "$300K–$600K",
                "$250K–$450K",
                "$400K–$1M+",
                "$160K–$210K",
                "$200K–$350K+",
                "$250K–$450K+")) {
            assertTrue(text.contains(pay), pay);
        }
        assertTrue(text.contains("FAANG"));
        assertTrue(text.contains("US, USD, as of 2026"));
        assertCites(r, "six-specializations", "2026");
        assertCites(r, "llm-engineer-assessment", "2026");
    }

    @Test
    void salaryForOneSpecializationAndLevel() {
        Reply senior = bot.say("salary serving senior");
        assertEquals(1, senior.fields().size());
        assertEquals("Senior", senior.fields().get(0).name());
        assertEquals("$300K–$600K", senior.fields().get(0).value());
        Reply both = bot.say("salary MLOps");
        assertEquals(
                List.of("Early career", "Senior"),
                both.fields().stream().map(Field::name).toList());
        assertEquals(
                "$1M+",
                bot.say("salary research senior").fields().get(0).value().replaceAll(".*–", ""));
        assertEquals(
                "Early career", bot.say("salary infra junior").fields().get(0).name());
        assertTrue(bot.say("salary senior").fields().stream()
                .allMatch(f -> f.name().contains("LLM")
                        || f.value().startsWith("Senior")
                        || f.name().contains("pay notes")));
    }

    @Test
    void salaryWithAnUnknownLevelIsExplained() {
        Reply r = bot.say("salary serving midcareer");
        assertEquals(Reply.Kind.ERROR, r.kind());
        assertEquals("Unknown level \u201Cmidcareer\u201D", r.title());
        assertTrue(r.text().contains("early or senior"));
    }

    @Test
    void salaryLevelsTakeTheVocabularysWordsForThem() {
        Reply principal = bot.say("salary serving principal");
        assertEquals(Reply.Kind.ANSWER, principal.kind());
        assertTrue(text(principal).contains("$300K–$600K") && !text(principal).contains("$180K–$280K"));
        Reply junior = bot.say("salary mlops junior");
        assertTrue(text(junior).contains("$160K–$260K") && !text(junior).contains("$250K–$450K"));
    }

    @Test
    void compareTwoSideBySide() {
        Reply r = bot.say("compare applied llm vs serving");
        assertEquals("Applied LLM engineer vs Inference / serving engineer", r.title());
        String text = text(r);
        assertTrue(text.contains("$130K–$220K") && text.contains("$180K–$280K"));
        assertTrue(text.contains("Switching Applied LLM engineer → Inference / serving engineer"));
        assertTrue(r.fields().stream().anyMatch(Field::inline), "side by side");
        assertEquals(Reply.Kind.ERROR, bot.say("compare serving inference").kind(), "the same one twice");
        assertEquals(Reply.Kind.ERROR, bot.say("compare serving").kind(), "only one name");
    }

    @Test
    void switchRatesKnownMovesAndAlwaysGivesCostAndWhatToLearn() {
        Reply hard = bot.say("switch serving fine-tuning");
        assertTrue(
                field(hard, "What the sources call it").startsWith("Harder"), field(hard, "What the sources call it"));
        assertTrue(field(hard, "How long").contains("2-3 months"));
        assertTrue(text(hard).contains("Deep PyTorch"), "what to learn: the target's skills");
        assertTrue(text(hard).contains("Pay change"));

        // The sources call serving an excellent fit for backend/SRE, with a higher barrier: no rating,
        // and the 2–3 months (a mid-roadmap change of specialization) is not the time to enter from a job.
        Reply fit = bot.say("switch from backend to serving");
        assertEquals("Switching: Backend / SRE → Inference / serving engineer", fit.title());
        String why = field(fit, "Recommended for your background");
        assertTrue(why.contains("excellent fit") && why.contains("barrier is higher"), why);
        assertFalse(text(fit).contains("Easy"), text(fit));
        assertTrue(field(fit, "How long").startsWith("My sources give no time for moving into this work"));

        Reply easiest = bot.say("switch devops mlops");
        assertTrue(field(easiest, "What the sources call it").contains("easiest pivot"));

        Reply unrated = bot.say("switch mlops safety");
        assertTrue(unrated.text().contains("don't rate this particular switch"), unrated.text());
        assertTrue(field(unrated, "How long").contains("2-3 months"));
    }

    @Test
    void roleShowsTaskSplitPayAndOutlook() {
        Reply r = bot.say("role");
        String tasks = field(r, "Task split: where the time goes");
        assertTrue(
                tasks.contains(
                        "25% — Train and fine-tune LLMs (PEFT, LoRA, QLoRA, RLHF, DPO): score 2 of 5 (weighted 0.50), AI augments."),
                tasks);
        assertTrue(tasks.contains("15% — Design novel"));
        String text = text(r);
        assertTrue(text.contains("$160K–$210K") && text.contains("$200K–$350K+") && text.contains("$250K–$450K+"));
        assertTrue(text.contains("NOT") || text.contains("Not an ML/AI Engineer"), "what it is not");
        assertCites(r, "llm-engineer-assessment", "2026");
    }

    @Test
    void theRolesPayAndTaskSplitArePartsLikeAnyOtherAndAllShowsThem() {
        Reply pay = bot.say("role pay");
        assertEquals(Reply.Kind.ANSWER, pay.kind(), pay.title());
        assertTrue(
                pay.title().startsWith("LLM engineer (mid-level) › Pay (US employers, USD, as of 2026)"), pay.title());
        assertTrue(text(pay).contains("FAANG (total compensation): $200K–$350K+"), text(pay));
        Reply split = bot.say("role task split");
        for (String line : List.of(
                "20% — Inference optimisation and model serving at scale: score 3 of 5 (weighted 0.60), AI augments.",
                "10% — Research emerging techniques and prototype solutions: score 1 of 5 (weighted 0.10), AI not involved.")) {
            assertTrue(text(split).contains(line), text(split));
        }
        Reply all = bot.say("role all");
        assertTrue(
                text(all).contains("Task split: where the time goes")
                        && text(all).contains("$250K–$450K+"),
                "all of it");
        assertTrue(
                text(all).contains("Each task's share of time and score is in the role's task split."),
                "a pointer to a part that exists");
        assertFalse(text(all).contains("Not stated"), "the pay header reads cleanly");
    }

    @Test
    void theLlmEngineerAndItsEmployerTypesLeadToTheRolesPayNotAGuess() {
        for (String line : List.of("salary llm engineer", "specialization llm engineer", "salary mid-level")) {
            Reply r = bot.say(line);
            assertEquals("LLM engineer (mid-level): pay", r.title(), line);
            assertTrue(r.text().contains("$160K–$210K"), line + ": " + r.text());
            assertFalse(text(r).contains("Applied LLM"), line);
        }
        assertTrue(bot.say("salary faang").text().startsWith("FAANG (total compensation): $200K–$350K+"));
        assertTrue(bot.say("salary frontier lab").text().startsWith("Frontier lab (experienced LLM engineers)"));
    }

    @Test
    void promptEngineeringLeadsWithTheAssessmentsVerdict() {
        Reply what = bot.say("what is prompt engineering");
        assertTrue(what.text().contains("7.9") && what.text().contains("Red"), what.text());
        Reply pay = bot.say("how much does a prompt engineer make?");
        assertEquals(Reply.Kind.NOT_COVERED, pay.kind());
        assertTrue(text(pay).contains("7.9") && !text(pay).contains("$130K"), text(pay));
    }

    @Test
    void topicsShowOnePartOnRequest() {
        Reply survival = bot.say("role survival");
        assertEquals(1, survival.fields().size());
        assertEquals("Survival strategy", survival.fields().get(0).name());
        Reply certs = bot.say("become certs");
        assertTrue(text(certs).contains("TensorFlow Developer Certificate"));
        assertTrue(text(certs).contains("AWS Certified Machine Learning"));
        Reply missing = bot.say("become astrology");
        assertEquals(Reply.Kind.ERROR, missing.kind());
        assertTrue(missing.text().contains("Portfolio"), "lists the parts");
    }

    @Test
    void longTopicsFitOneMessageAndListTheRest() {
        Reply become = bot.say("become");
        assertTrue(become.fields().stream().anyMatch(f -> f.name().startsWith("More in this topic")));
        int total = become.fields().stream()
                .mapToInt(f -> f.name().length() + f.value().length())
                .sum();
        assertTrue(total < 6000, "one Discord message holds at most 6000 characters of embeds: " + total);
        Reply all = bot.say("become all");
        assertTrue(text(all).contains("Certifications to consider"));
        assertFalse(all.fields().stream().anyMatch(f -> f.name().startsWith("More in this topic")));
    }

    @Test
    void hiringAndChoosing() {
        assertTrue(text(bot.say("hiring")).contains("obsessive"));
        assertCites(bot.say("hiring"), "hiring-thoughts", "2026-11");
        assertTrue(text(bot.say("choose")).contains("month 4"));
    }

    @Test
    void askFindsSourcedFacts() {
        Reply r = bot.say("ask how much do mlops engineers earn");
        assertEquals("MLOps / platform engineer: pay", r.title());
        assertTrue(r.text().startsWith("MLOps / platform engineer: $160K–$260K early career"), r.text());
        assertEquals(
                List.of("six-specializations"),
                r.citations().stream().map(c -> c.sourceId()).toList());
        Reply nothing = bot.say("ask zzzz qqqq");
        assertEquals(Reply.Kind.NOT_COVERED, nothing.kind());
        assertTrue(
                nothing.text().startsWith("I found nothing in my sources that answers “zzzz qqqq”."), nothing.text());
        assertTrue(nothing.citations().isEmpty(), "nothing found, nothing cited");
    }

    @Test
    void sourcesListTheFiveArticles() {
        Reply r = bot.say("sources");
        assertEquals(5, r.fields().size());
        assertTrue(text(r).contains("published 2026-01-06"));
    }

    @Test
    void unknownInputIsHelpedNotRejected() {
        Reply typo = bot.say("salry");
        assertTrue(typo.text().contains("salary"), typo.text());
        assertEquals("Inference / serving engineer", bot.say("serving").title(), "a bare name");
        Reply question = bot.say("what skills does a serving engineer need");
        assertEquals("Inference / serving engineer › Skills", question.title());
        assertTrue(question.text().contains("Kubernetes. Profiling tools. PyTorch internals."), question.text());
        Reply nonsense = bot.say("xyzzy");
        assertEquals(Reply.Kind.NOT_COVERED, nonsense.kind());
        assertFalse(nonsense.buttons().isEmpty(), "things to try instead");
        assertEquals("Salary ranges", bot.say("/mentor salary").title());
    }

    @Test
    void factualAnswersCarryAShareButtonThatPostsOnce() {
        Reply r = bot.say("salary serving senior");
        String share = TestBot.button(r, "Share to channel");
        Reply shared = bot.click(ALICE, share);
        assertEquals(Reply.Visibility.PUBLIC, shared.visibility());
        assertEquals(r.title(), shared.title());
        assertTrue(shared.buttons().stream().noneMatch(b -> b.kind() == Button.Kind.SHARE));
        Reply again = bot.click(ALICE, share);
        assertEquals("Already shared", again.title());
        assertEquals(Reply.Visibility.PRIVATE, again.visibility());
    }

    @Test
    void everyReplyFitsThePlatformLimits() {
        for (String line : List.of(
                "help",
                "paths",
                "path research",
                "path engineering",
                "specializations",
                "specialization serving",
                "salary",
                "salary senior",
                "compare research safety",
                "switch backend mlops",
                "role",
                "role all",
                "become",
                "become all",
                "hiring all",
                "choose all",
                "ask pay",
                "sources",
                "quiz")) {
            Reply r = bot.say(line);
            assertTrue(r.title().length() <= 256, line);
            assertTrue(r.text().length() <= 3000, line);
            for (Field f : r.fields()) {
                assertTrue(f.value().length() <= 1024, line + ": " + f.name());
                assertTrue(f.name().length() <= 256, line + ": " + f.name());
            }
            for (Button b : r.buttons()) {
                assertTrue(b.id().length() <= 100, b.id());
                assertTrue(b.label().length() <= 75, b.label());
            }
        }
    }

    private static String text(Reply r) {
        return PlainText.render(r);
    }

    private static String field(Reply r, String name) {
        return r.fields().stream()
                .filter(f -> f.name().equals(name))
                .map(Field::value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + r.fields()));
    }

    private static void assertCites(Reply r, String sourceId, String asOf) {
        Citation c = r.citations().stream()
                .filter(x -> x.sourceId().equals(sourceId))
                .findFirst()
                .orElse(null);
        assertNotNull(c, "cites " + sourceId + ": " + r.citations());
        assertEquals(asOf, c.asOf());
    }
}
