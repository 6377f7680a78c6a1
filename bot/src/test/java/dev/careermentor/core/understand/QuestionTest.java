package dev.careermentor.core.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fixtures;
import dev.careermentor.core.knowledge.model.Salary;
import dev.careermentor.core.knowledge.model.Vocabulary.Cue;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How one question is read: its words, names, cues, level, synonyms and what it asks to count. */
class QuestionTest {
    private static final Lexicon LEXICON = new Lexicon(Fixtures.real());

    private static Question q(String text) {
        return new Question(text, LEXICON);
    }

    @Test
    void wordsAreFoldedStemmedAndChineseIsSplitIntoPairs() {
        assertEquals("engineer", Words.fold("engineers"));
        assertEquals("ship", Words.stem("shipped"));
        assertEquals("accept", Words.stem("accepted"));
        assertEquals("train", Words.stem("training"));
        assertEquals(java.util.List.of("推理", "理方", "方向"), Retrieval.terms("推理方向"));
    }

    @Test
    void namesCuesAndLevelsAreFoundIncludingTyposAndSynonymsOfLevels() {
        Question q = q("how much do new grad servng engineers make?");
        assertEquals("inference-serving", q.specs.get(0).id());
        assertTrue(q.has(Cue.PAY) && q.has(Cue.HOW_MUCH));
        assertEquals(Salary.Level.EARLY, q.level);
        assertEquals(Salary.Level.SENIOR, q("staff mlops salary").level);
        assertNull(q("junior and senior mlops salary").level, "both levels asked: none chosen");
    }

    @Test
    void aNameInsideALongerNameDoesNotCount() {
        Question q = q("what does a research engineer do all day");
        assertEquals("ml-research", q.specs.get(0).id());
        assertTrue(q.paths.isEmpty(), "'research' inside 'research engineer' is not the research path");
    }

    @Test
    void aJobTitleTheKnowledgeDoesNotKnowIsAnOtherJob() {
        assertTrue(q("how much does a robotics engineer make").otherJob);
        assertTrue(q("机器人工程师月薪多少").otherJob);
        assertFalse(q("提示词工程师月薪多少").otherJob, "a job the glossary explains");
        assertFalse(q("how much does a serving engineer make").otherJob, "a specialization");
        assertFalse(q("how much does an AI engineer make").otherJob, "the field itself");
        assertFalse(q("how much does a senior engineer make").otherJob, "a level, not a title");
        assertFalse(q("what does a data scientist earn").otherJob, "a background the knowledge names");
    }

    @Test
    void howManyCountsTheNounAfterIt() {
        assertEquals("engineer", q("how many LLM engineers are there in the US?").counted);
        assertEquals("employee", q("how many employees does Anthropic have?").counted);
        assertNull(q("what is the pass rate").counted, "nothing named after the cue");
    }

    @Test
    void synonymsAddTheirGroupToTheSearchButNotToTheLeftover() {
        Question q = q("LLM 评测框架一般用哪些");
        assertTrue(q.weighted.containsKey("evaluation") || q.weighted.containsKey("eval"), q.weighted.toString());
        assertTrue(q.ownTerm("framework"), "a synonym of the question's own word is its own");
        assertFalse(q.leftoverTerms.contains("评测"));
    }

    @Test
    void numbersAnswerHowManyAndHowLongOnlyWhenTheyCountTheThing() {
        assertTrue(Words.hasDuration("A switch takes about 2–3 months."));
        assertTrue(Words.hasDuration("The role stays strong for 10+ years."));
        assertFalse(Words.hasDuration("Bachelor's (the minimum): many jobs need at least one."));
        assertTrue(Words.countsAny("AI/ML job postings rose 163% to 49,200 in 2025", Set.of("post")));
        assertFalse(Words.countsAny("Mid-level LLM engineer: $160K–$210K", Set.of("engineer")), "money");
        assertFalse(Words.countsAny("At 69.2 the LLM Engineer lands beside ML/AI", Set.of("engineer")), "a score");
        assertFalse(Words.countsAny("State of LLMs 2025", Set.of("llm")), "a year");
    }
}
