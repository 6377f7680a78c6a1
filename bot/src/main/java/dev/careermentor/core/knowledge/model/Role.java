package dev.careermentor.core.knowledge.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Msg;
import dev.careermentor.core.knowledge.model.meta.Doc;
import dev.careermentor.core.knowledge.model.meta.Id;
import dev.careermentor.core.knowledge.model.meta.Kind;
import dev.careermentor.core.knowledge.model.meta.OptionalField;
import dev.careermentor.core.knowledge.model.meta.Range;
import dev.careermentor.core.knowledge.model.meta.Ref;
import dev.careermentor.core.knowledge.model.meta.Size;
import dev.careermentor.core.knowledge.model.meta.SumsTo;
import dev.careermentor.core.knowledge.model.meta.Text;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The LLM-engineer role: prose sections plus its task split and pay by employer type. */
@Kind(name = "role", doc = "The LLM-engineer role.", names = "topics")
public record Role(
        @Doc("stable id, used in reports and buttons") @Id String id,

        @Doc("display name") @Text(max = Text.NAME, why = "a title in a chat reply")
        String name,

        @Doc("other names users type") @OptionalField @Size(min = 0, max = 20, what = "aliases")
        List<@Text(max = Text.ALIAS, why = "a name users type") String> aliases,

        @Doc("one-line summary") @Text(max = Text.LINE, why = "one line in a chat reply")
        String summary,

        @Doc("the topic's sections, in order") @Size(min = 1, max = 20, what = "sections")
        List<Section> sections,

        @Doc("how the working time splits; percents sum to 100")
        @Size(min = 1, max = 20, what = "tasks")
        @SumsTo(field = "percent", total = 100)
        List<Task> tasks,

        @Doc("pay by employer type") Pay pay,

        @Doc("the id of the source article these facts come from")
        @Ref(value = Source.class, what = "a source listed under sources")
        String source,

        @Doc("when these facts were last confirmed: YYYY, YYYY-MM or YYYY-MM-DD")
        PartialDate asOf)
        implements Entry {

    public Role {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        sections = List.copyOf(sections);
        tasks = List.copyOf(tasks);
    }

    @Kind(name = "task", doc = "A share of the role's working time.")
    public record Task(
            @Doc("what the task is") @Text(max = Text.TITLE, why = "an embed line")
            String task,

            @Doc("share of time") @Range(min = 0, max = 100, hint = "write a whole percentage, e.g. 25.")
            int percent,

            @Doc("how AI affects this task") Impact aiImpact,

            @Doc("the assessment's score for how far AI agents can take the task over: 1 (resists) to 5")
            @OptionalField
            @Range(min = 1, max = 5, hint = "write a whole number from 1 to 5, as the assessment scores it.")
            @Nullable
            Integer score,

            @Doc("detail") @Text(max = Text.LINE, why = "one line in a chat reply") @Nullable
            String note) {}

    /**
     * One line per task: its share of time, the task, its score and weighted score, and ({@code impact})
     * how AI affects it.
     */
    public static String taskLine(Task t, boolean impact) {
        return taskLine(t, impact, Lang.EN);
    }

    /** {@link #taskLine(Task, boolean)} in {@code lang}; the task is already in it. */
    public static String taskLine(Task t, boolean impact, Lang lang) {
        String line = Msg.get(lang, "model.task.line", String.valueOf(t.percent()), t.task());
        if (t.score() != null) {
            String weighted = String.format(java.util.Locale.ROOT, "%.2f", t.percent() * t.score() / 100.0);
            line = Msg.get(lang, "model.task.score", line, String.valueOf(t.score()), weighted);
        }
        if (impact) {
            line = Msg.get(
                    lang,
                    t.score() != null ? "model.task.impact.after" : "model.task.impact",
                    line,
                    t.aiImpact().label(lang));
        }
        return Msg.get(lang, "model.task.end", line);
    }

    public enum Impact {
        @JsonProperty("augmentation")
        AUGMENTATION,
        @JsonProperty("not-involved")
        NOT_INVOLVED,
        @JsonProperty("displacement")
        DISPLACEMENT;

        public String label() {
            return label(Lang.EN);
        }

        public String label(Lang lang) {
            return Msg.get(
                    lang,
                    switch (this) {
                        case AUGMENTATION -> "model.impact.augmentation";
                        case NOT_INVOLVED -> "model.impact.not_involved";
                        case DISPLACEMENT -> "model.impact.displacement";
                    });
        }
    }

    @Kind(name = "pay", doc = "Pay by employer type.")
    public record Pay(
            @Doc("where the figures apply") @Text(max = Text.NAME, why = "a title in a chat reply")
            String region,

            @Doc("ISO currency code, e.g. USD") @Text(max = 8, why = "a currency code")
            String currency,

            @Doc("when these facts were last confirmed: YYYY, YYYY-MM or YYYY-MM-DD")
            PartialDate asOf,

            @Doc("a qualifier") @Text(max = Text.LINE, why = "one line in a chat reply") @Nullable
            String note,

            @Doc("the figures") @Size(min = 1, max = 20, what = "figures")
            List<Figure> figures,

            @Doc("premiums, raises and caveats") @OptionalField @Size(min = 1, max = 20, what = "points")
            List<@Text(max = Text.LINE, why = "one line in a chat reply") String> notes) {
        public Pay {
            figures = List.copyOf(figures);
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    @Kind(name = "pay figure", doc = "Pay at one type of employer.", ordered = "min<=max")
    public record Figure(
            @Doc("type of employer or level") @Text(max = 100, why = "an embed line")
            String employer,

            @Doc("words people use for this employer type, e.g. big tech")
            @OptionalField
            @Size(min = 0, max = 20, what = "aliases")
            List<@Text(max = Text.ALIAS, why = "a name users type") String> aliases,

            @Doc("base salary or total compensation") @Text(max = 100, why = "an embed line")
            String basis,

            @Doc("bottom of the range") @Range(min = 0, max = Band.Units.MAX, hint = Band.Units.HINT)
            long min,

            @Doc("top of the range") @Range(min = 0, max = Band.Units.MAX, hint = Band.Units.HINT)
            long max,

            @Doc("true when written like \"$350K+\"") @OptionalField
            boolean openEnded) {
        public Figure {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    /** The label of the passage that lists the tasks and the share of time each takes. */
    public static final String TASKS = "Task split: where the time goes";

    /** The label of the passage that gives the pay figures. */
    public static final String PAY = "Pay";

    /**
     * The parts people can ask for: the task split and the pay, then the sections, so {@code role pay}
     * and {@code role task split} work like any section.
     */
    public List<Section> parts() {
        return parts(Lang.EN);
    }

    /** {@link #parts()} with the headings the code writes in {@code lang} (the rest is this face's text). */
    public List<Section> parts(Lang lang) {
        List<Section> out = new ArrayList<>();
        out.add(new Section(
                Msg.get(lang, "model.role.tasks"),
                Msg.get(lang, "model.role.tasks.text"),
                tasks.stream().map(t -> taskLine(t, true, lang)).toList(),
                List.of("tasks", "time", "split")));
        List<String> payLines = new ArrayList<>();
        for (Figure f : pay.figures()) payLines.add(dev.careermentor.core.text.Pay.figure(pay, f, lang));
        payLines.addAll(pay.notes());
        out.add(new Section(
                Msg.get(lang, "model.role.pay", dev.careermentor.core.text.Pay.basis(pay, lang)),
                pay.note(),
                payLines,
                List.of("salary")));
        out.addAll(sections);
        return out;
    }

    @Override
    public List<Passage> passages() {
        List<Passage> out = new ArrayList<>();
        Passages.text(out, "Summary", summary, asOf);
        Passages.sections(out, sections, asOf);
        Passages.items(
                out,
                TASKS,
                tasks.stream()
                        .map(t -> taskLine(t, false) + (t.note() == null ? "" : " " + t.note()))
                        .toList(),
                asOf);
        Passages.items(
                out,
                "Pay (" + dev.careermentor.core.text.Pay.basis(pay) + ")",
                pay.figures().stream()
                        .map(f -> dev.careermentor.core.text.Pay.figure(pay, f))
                        .toList(),
                pay.asOf());
        Passages.items(out, "Pay notes", pay.notes(), pay.asOf());
        return out;
    }

    @Override
    public List<Dated> dated() {
        return List.of(new Dated("pay figures", pay.asOf()));
    }
}
