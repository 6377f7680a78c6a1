package dev.careermentor.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fixtures;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.knowledge.model.Specialization;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** zh.yaml laid over the English: current, missing, out of date, and the mistakes a translator can make. */
class TranslationsTest {
    private static final String ENGLISH = Fixtures.minimalText();

    /** The version of applied-llm's English text, as the loader computes it. */
    private static String version(String english) {
        return load(english, "language: zh-CN\ntranslations: []\n")
                .knowledge()
                .englishVersions()
                .get("applied-llm");
    }

    private static KnowledgeLoader.Result load(String english, String zh) {
        return new KnowledgeLoader(Fixtures.CLOCK)
                .load(
                        "knowledge.yaml",
                        english.getBytes(StandardCharsets.UTF_8),
                        "zh.yaml",
                        zh.getBytes(StandardCharsets.UTF_8));
    }

    private static String item(String translates, String body) {
        return "language: zh-CN\ntranslations:\n  - entry: applied-llm\n    translates: \"" + translates + "\"\n"
                + body;
    }

    private static final String BODY = """
                name: "应用 LLM 工程师"
                summary: "在 LLM API 之上做产品功能。"
                day_to_day: ["写提示词", "搭 RAG 流水线"]
                hiring: "招人最多。"
            """;

    @Test
    void aCurrentTranslationIsWhatChineseAnswersShowWithTheSameIdsAndFigures() {
        KnowledgeLoader.Result r = load(ENGLISH, item(version(ENGLISH), BODY));
        assertTrue(r.ok(), r.problems().toString());
        Knowledge en = r.knowledge();
        Knowledge zh = en.in(Lang.ZH);
        assertSame(en, zh.in(Lang.EN));
        assertEquals(Lang.ZH, zh.lang());
        assertEquals(en.version(), zh.version(), "one version, two faces");
        assertEquals(en.quizTag(), zh.quizTag());
        Specialization s = zh.specializations().require("applied-llm");
        assertEquals("应用 LLM 工程师", s.name());
        assertEquals("在 LLM API 之上做产品功能。", s.summary());
        assertEquals(List.of("写提示词", "搭 RAG 流水线"), s.dayToDay());
        assertEquals(en.specializations().require("applied-llm").salary(), s.salary(), "figures are never translated");
        assertEquals(Translations.Status.CURRENT, en.translationStatus().get("applied-llm"));
        // A field left out shows the English, marked; a name falls back without the mark.
        assertEquals(List.of(Translations.MARKER + "Python"), s.skills());
        Specialization serving = zh.specializations().require("inference-serving");
        assertEquals("Inference / serving engineer", serving.name());
        assertEquals(Translations.MARKER + "Make models fast.", serving.summary());
        assertEquals(Translations.Status.MISSING, en.translationStatus().get("inference-serving"));
        assertTrue(
                en.translationNotes().stream().anyMatch(n -> n.contains("inference-serving")),
                en.translationNotes().toString());
    }

    @Test
    void editingTheEnglishTextMakesTheTranslationOutOfDateButNotAnAliasOrAFigure() {
        String v = version(ENGLISH);
        assertEquals(
                v,
                version(ENGLISH.replace(
                        "aliases: [\"applied\", \"rag\"]", "aliases: [\"applied\", \"rag\", \"apps\"]")));
        assertEquals(v, version(ENGLISH.replace("min: 130000, max: 220000", "min: 140000, max: 220000")));
        String reworded = ENGLISH.replace("Hires the most.", "Hires more than any other.");
        assertNotEquals(v, version(reworded));

        KnowledgeLoader.Result r = load(reworded, item(v, BODY));
        assertTrue(r.ok(), "an out-of-date translation never stops a load: " + r.problems());
        Knowledge zh = r.knowledge().in(Lang.ZH);
        assertEquals(
                Translations.MARKER + "Hires more than any other.",
                zh.specializations().require("applied-llm").hiring(),
                "the new English is shown, marked, until someone checks the Chinese");
        assertEquals(
                Translations.Status.STALE, r.knowledge().translationStatus().get("applied-llm"));
        String note = String.join("\n", r.knowledge().translationNotes());
        assertTrue(note.contains("the English of 'applied-llm' changed since it was translated"), note);
        assertTrue(note.contains("translates: \"" + version(reworded) + "\""), note);
    }

    @Test
    void aListWhoseLengthNoLongerMatchesShowsTheEnglish() {
        String body = BODY.replace("[\"写提示词\", \"搭 RAG 流水线\"]", "[\"写提示词\"]");
        KnowledgeLoader.Result r = load(ENGLISH, item(version(ENGLISH), body));
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(
                List.of(Translations.MARKER + "Prompting", Translations.MARKER + "RAG pipelines"),
                r.knowledge()
                        .in(Lang.ZH)
                        .specializations()
                        .require("applied-llm")
                        .dayToDay());
        assertEquals(
                Translations.Status.STALE, r.knowledge().translationStatus().get("applied-llm"));
        assertTrue(String.join("\n", r.knowledge().translationNotes()).contains("has 1 items and the English 2"));
    }

    @Test
    void translatingAFigureAnIdOrAFieldTheEntryLacksIsAProblemAtItsLine() {
        String v = version(ENGLISH);
        for (String[] bad : new String[][] {
            {"    source: \"来源\"\n", "zh.yaml:5:13", "source is not translated"},
            {"    aliases: [\"应用\"]\n", "zh.yaml:5:14", "aliases is not translated"},
            {"    salary:\n      early: { min: 1 }\n", "zh.yaml:6:21", "min is not translated"},
            {"    summery: \"拼错了\"\n", "zh.yaml:5:5", "'summery' is not a field"},
            {"    summary: [\"一\", \"二\"]\n", "zh.yaml:5:14", "the English is one text"},
        }) {
            KnowledgeLoader.Result r = load(ENGLISH, item(v, bad[0]));
            assertFalse(r.ok(), bad[0]);
            String problems = r.problems().toString();
            assertTrue(problems.contains(bad[1]) && problems.contains(bad[2]), bad[0] + " -> " + problems);
        }
    }

    @Test
    void theFileItselfIsChecked() {
        assertTrue(load(ENGLISH, "language: fr\ntranslations: []\n")
                .problems()
                .toString()
                .contains("zh-CN"));
        assertTrue(load(ENGLISH, "translations:\n  - summary: \"x\"\n")
                .problems()
                .toString()
                .contains("entry:"));
        String twice = item(version(ENGLISH), BODY) + "  - entry: applied-llm\n    translates: \"0\"\n";
        assertTrue(load(ENGLISH, twice).problems().toString().contains("translated twice"));
        KnowledgeLoader.Result orphan =
                load(ENGLISH, "language: zh-CN\ntranslations:\n  - entry: astrologer\n    translates: \"0\"\n");
        assertTrue(orphan.ok());
        assertTrue(String.join("\n", orphan.knowledge().translationNotes()).contains("'astrologer' is not an entry"));
        assertTrue(
                load(ENGLISH, "language: zh-CN\ntranslations: [\n").problems().size() >= 1, "YAML mistakes too");
    }

    @Test
    void aChineseTextOverItsLimitIsAProblemInTheTranslationFile() {
        String body = "    name: \"" + "长".repeat(200) + "\"\n";
        KnowledgeLoader.Result r = load(ENGLISH, item(version(ENGLISH), body));
        assertFalse(r.ok());
        assertTrue(
                r.problems().get(0).toString().startsWith("zh.yaml:5:"),
                r.problems().toString());
    }

    @Test
    void withNoTranslationFileChineseAnswersShowTheEnglishMarked() {
        Knowledge k = new KnowledgeLoader(Fixtures.CLOCK)
                .load("knowledge.yaml", ENGLISH.getBytes(StandardCharsets.UTF_8))
                .knowledge();
        assertTrue(k.translated(), "every answer in Chinese has a face, even without a file");
        assertEquals(
                Translations.MARKER + "Hires the most.",
                k.in(Lang.ZH).specializations().require("applied-llm").hiring());
    }

    @Test
    void theShippedTranslationIsCompleteAndCurrent() {
        Knowledge k = Fixtures.real();
        assertTrue(k.translationNotes().isEmpty(), String.join("\n", k.translationNotes()));
        assertTrue(k.translationStatus().values().stream().allMatch(s -> s == Translations.Status.CURRENT));
        Knowledge zh = k.in(Lang.ZH);
        // Quiz answers that rule out a break-in step name it in Chinese in the Chinese face.
        for (var q : zh.quiz().questions()) {
            for (var o : q.options()) {
                for (String step : o.skipSteps()) {
                    assertTrue(
                            zh.specializations().all().stream()
                                    .anyMatch(s -> s.breakIn().contains(step)),
                            "'" + step + "' is a Chinese break-in step");
                }
            }
        }
    }
}
