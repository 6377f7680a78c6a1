package dev.careermentor.core.knowledge.model;

import dev.careermentor.core.knowledge.model.meta.Doc;
import dev.careermentor.core.knowledge.model.meta.Id;
import dev.careermentor.core.knowledge.model.meta.Kind;
import dev.careermentor.core.knowledge.model.meta.OptionalField;
import dev.careermentor.core.knowledge.model.meta.Range;
import dev.careermentor.core.knowledge.model.meta.Ref;
import dev.careermentor.core.knowledge.model.meta.Size;
import dev.careermentor.core.knowledge.model.meta.Text;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The specialization quiz: questions whose options weight specializations. */
@Kind(name = "quiz", doc = "The specialization quiz.")
public record Quiz(
        @Doc("stable id") @Id String id,

        @Doc("display name") @Text(max = Text.NAME, why = "a title in a chat reply")
        String name,

        @Doc("shown before the first question") @Text(max = Text.LINE, why = "one line in a chat reply")
        String intro,

        @Doc("the id of the source article these facts come from")
        @Ref(value = Source.class, what = "a source listed under sources")
        String source,

        @Doc("when these facts were last confirmed: YYYY, YYYY-MM or YYYY-MM-DD")
        PartialDate asOf,

        @Doc("4 to 6 questions") @Size(min = 4, max = 6, what = "questions")
        List<Question> questions)
        implements Entry {

    public Quiz {
        questions = List.copyOf(questions);
    }

    /** The quiz is asked, not searched. */
    @Override
    public List<Passage> passages() {
        return List.of();
    }

    @Kind(name = "question", doc = "One quiz question.")
    public record Question(
            @Doc("stable id within the quiz") @Id String id,

            @Doc("the question") @Text(max = Text.TITLE, why = "a message title")
            String text,

            @Doc("the id of the source article these facts come from")
            @Ref(value = Source.class, what = "a source listed under sources")
            String source,

            @Doc("2 to 5 answers") @Size(min = 2, max = 5, what = "options")
            List<Option> options) {
        public Question {
            options = List.copyOf(options);
        }
    }

    /**
     * An answer and the points it gives.
     *
     * @param weights specialization id to points; map order is file order
     */
    @Kind(name = "option", doc = "An answer to a quiz question and the specializations it points to.")
    public record Option(
            @Doc("the answer as shown on its button") @Text(max = Text.LABEL, why = "a Slack button label")
            String label,

            @Doc("specialization id: points (0 to 5)") @Size(min = 1, max = 6, what = "specialization weights")
            Map<@Id String, @Range(min = 0, max = 5, hint = "write a whole number from 0 to 5.") Integer> weights,

            @Doc("why this answer points there; shown with the result when the answer gives the best fit its"
                    + " largest weight")
            @Text(max = Text.LINE, why = "one line in a chat reply")
            String why,

            @Doc("the id of the source article the why comes from, when it is not the question's source")
            @Ref(value = Source.class, what = "a source listed under sources")
            @Nullable
            String source,

            @Doc("break_in steps, copied word for word from a specialization, that do not apply to someone who"
                    + " picks this answer; the result leaves them out")
            @OptionalField
            @Size(min = 0, max = 10, what = "steps")
            List<@Text(max = Text.LINE, why = "one line in a chat reply") String> skipSteps) {
        public Option {
            weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
            skipSteps = skipSteps == null ? List.of() : List.copyOf(skipSteps);
        }

        /** The source of this answer's why: its own, else its question's. */
        public String sourceIn(Question question) {
            return source != null ? source : question.source();
        }
    }
}
