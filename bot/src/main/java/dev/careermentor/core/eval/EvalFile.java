package dev.careermentor.core.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.careermentor.core.knowledge.model.meta.Doc;
import dev.careermentor.core.knowledge.model.meta.Id;
import dev.careermentor.core.knowledge.model.meta.Kind;
import dev.careermentor.core.knowledge.model.meta.OptionalField;
import dev.careermentor.core.knowledge.model.meta.Range;
import dev.careermentor.core.knowledge.model.meta.Size;
import dev.careermentor.core.knowledge.model.meta.Text;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code knowledge/eval.yaml}: questions typed the way people ask a mentor, each with what a right answer
 * must and must not contain. Moderators add a case when users ask something new; the same records
 * describe and validate the file as the knowledge's do.
 */
@Kind(name = "evaluation file", doc = "Questions and what a right answer holds; run with `career-mentor.jar eval`.")
public record EvalFile(
        @Doc("format version; 1") @Range(min = 1, max = 1, hint = "write 1.")
        int format,

        @Doc("the questions") @Size(min = 1, max = 5000, what = "cases")
        List<Case> cases) {

    public EvalFile {
        cases = List.copyOf(cases);
    }

    /** Which language a question is asked in (and must be answered in). */
    public enum Lang {
        @JsonProperty("en")
        EN,
        @JsonProperty("zh")
        ZH
    }

    @Kind(name = "case", doc = "One question and what its answer must hold.")
    public record Case(
            @Doc("unique id, e.g. pay-mlops-1") @Id String id,

            @Doc("the question exactly as a user would type it") @Text(max = 500, why = "the longest question accepted")
            String q,

            @Doc("what kind of question it is: pay, ranking, concept, not-covered, ...") @Id
            String category,

            @Doc("the language it is asked in: en or zh") Lang lang,

            @Doc("for a Chinese case, the id of the English case that asks the same") @Id @Nullable
            String twin,

            @Doc("what the answer must and must not hold") Expect expect) {}

    @Kind(name = "expectation", doc = "What a right answer holds.")
    public record Expect(
            @Doc("entry ids the answer must be about (it cites them)")
            @OptionalField
            @Size(min = 1, max = 10, what = "entry ids")
            List<@Id String> entries,

            @Doc("text that must appear in the answer's lead (its first paragraph)")
            @OptionalField
            @Size(min = 1, max = 10, what = "texts")
            List<@Text(max = 200, why = "a fact") String> direct,

            @Doc("text that must appear anywhere in the answer") @OptionalField @Size(min = 1, max = 20, what = "texts")
            List<@Text(max = 200, why = "a fact") String> contains,

            @Doc("text that must not appear anywhere in the answer")
            @OptionalField
            @Size(min = 1, max = 20, what = "texts")
            List<@Text(max = 200, why = "a fact") String> notContains,

            @Doc("true when the sources do not cover the question: the answer must say so plainly") @OptionalField
            boolean honest,

            @Doc("true for greetings and thanks: a short friendly reply with things to try") @OptionalField
            boolean smalltalk) {
        public Expect {
            entries = entries == null ? List.of() : List.copyOf(entries);
            direct = direct == null ? List.of() : List.copyOf(direct);
            contains = contains == null ? List.of() : List.copyOf(contains);
            notContains = notContains == null ? List.of() : List.copyOf(notContains);
        }

        boolean empty() {
            return entries.isEmpty() && direct.isEmpty() && contains.isEmpty() && !honest && !smalltalk;
        }
    }
}
