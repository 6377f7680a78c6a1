package dev.careermentor.core.knowledge.schema;

import static dev.careermentor.core.knowledge.schema.Field.opt;
import static dev.careermentor.core.knowledge.schema.Field.req;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shape of {@code knowledge/knowledge.yaml}. This one definition drives the validator and is
 * written out as {@code knowledge/knowledge.schema.json} for editors.
 *
 * <p>Length limits follow the places text is shown: 1024 fits a Discord embed field value, 75 a
 * Slack button label, 100 an embed field name with room for "(continued)".
 */
public final class KnowledgeSchema {
    private KnowledgeSchema() {}

    public static final int TEXT = 1024;
    public static final int SHORT = 300;
    public static final int NAME = 80;
    public static final int ALIAS = 40;
    public static final int HEADING = 100;
    public static final int LABEL = 75;
    public static final int TITLE = 200;
    public static final int ITEMS = 20;

    private static final Shape ID = new IdShape(null);
    private static final Shape SOURCE_REF = new IdShape("a source listed under sources");
    private static final Shape SPEC_REF = new IdShape("a specialization");
    private static final Shape DATE = new DateShape();
    private static final Shape TEXT_FIELD = new TextShape(TEXT, "a Discord embed field");
    private static final Shape SHORT_TEXT = new TextShape(SHORT, "one line in a chat reply");
    private static final Shape NAME_TEXT = new TextShape(NAME, "a title in a chat reply");
    private static final Shape MONEY =
            new IntShape(0, 100_000_000, "write whole currency units as digits, e.g. 130000 for $130K.");

    private static ListShape items(Shape item, String what) {
        return new ListShape(item, 1, ITEMS, what);
    }

    private static final Shape ALIASES = new ListShape(new TextShape(ALIAS, "a name users type"), 0, ITEMS, "aliases");
    private static final Shape POINTS = items(SHORT_TEXT, "points");

    private static Field source() {
        return req("source", SOURCE_REF, "the id of the source article these facts come from");
    }

    private static Field asOf() {
        return req("as_of", DATE, "when these facts were last confirmed: YYYY, YYYY-MM or YYYY-MM-DD");
    }

    private static final ObjectShape SOURCE = new ObjectShape(
            "source",
            "A source article, listed once. Facts cite it by id.",
            req("id", ID, "short id facts use to cite this article"),
            req("title", new TextShape(TITLE, "a reply footer"), "the article's title"),
            req("publisher", new TextShape(TITLE, "a reply footer"), "who published it"),
            opt("author", new TextShape(TITLE, "a reply footer"), "who wrote it, when stated"),
            req("date", DATE, "when it was published, or retrieved when no date is stated"),
            req("date_kind", new EnumShape("published", "retrieved"), "what the date is"),
            req("contributes", SHORT_TEXT, "which facts the knowledge takes from it"));

    private static final ObjectShape PATH = new ObjectShape(
            "career path",
            "One of the two career paths.",
            req("id", ID, "stable id, used in commands and buttons"),
            req("name", NAME_TEXT, "display name"),
            opt("aliases", ALIASES, "other names users type"),
            req("summary", SHORT_TEXT, "one-line summary"),
            req("work", items(SHORT_TEXT, "kinds of work"), "the work this path covers"),
            req("roles", items(new TextShape(NAME, "a job title"), "roles"), "typical job titles"),
            req("education", TEXT_FIELD, "the education bar"),
            req("outlook", TEXT_FIELD, "the job-market outlook"),
            opt("notes", POINTS, "caveats and extra points"),
            source(),
            asOf());

    private static final ObjectShape SECTION = new ObjectShape(
                    "section",
                    "A headed part of a topic: a paragraph, a list of points, or both.",
                    req("heading", new TextShape(HEADING, "an embed field name"), "the section heading"),
                    opt("text", TEXT_FIELD, "a paragraph"),
                    opt("items", POINTS, "a list of points"))
            .requireAnyOf("text", "items");

    private static Field[] topicFields(Field... extra) {
        Field[] head = {
            req("id", ID, "stable id, used in reports and buttons"),
            req("name", NAME_TEXT, "display name"),
            opt("aliases", ALIASES, "other names users type"),
            req("summary", SHORT_TEXT, "one-line summary"),
            req("sections", new ListShape(SECTION, 1, ITEMS, "sections"), "the topic's sections, in order"),
        };
        Field[] all = new Field[head.length + extra.length + 2];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(extra, 0, all, head.length, extra.length);
        all[all.length - 2] = source();
        all[all.length - 1] = asOf();
        return all;
    }

    private static final ObjectShape TOPIC =
            new ObjectShape("topic", "A prose topic made of headed sections.", topicFields());

    private static final ObjectShape BAND = new ObjectShape(
            "pay band",
            "A pay range for one level, in whole currency units.",
            req("min", MONEY, "bottom of the range"),
            req("max", MONEY, "top of the range"),
            opt("open_ended", new BoolShape(), "true when the top is open, as in \"1M+\""),
            opt("note", SHORT_TEXT, "a qualifier such as \"at frontier labs\""));

    private static final ObjectShape SALARY = new ObjectShape(
            "salary",
            "Pay for a specialization, with the region, currency and date it holds for.",
            req("region", NAME_TEXT, "where the figures apply, e.g. US"),
            req("currency", new TextShape(8, "a currency code"), "ISO currency code, e.g. USD"),
            asOf(),
            opt("note", SHORT_TEXT, "a qualifier for both levels"),
            req("early", BAND, "early-career range"),
            req("senior", BAND, "senior range"));

    private static final ObjectShape SPECIALIZATION = new ObjectShape(
            "specialization",
            "One of the six specializations.",
            req("id", ID, "stable id, used in commands, quiz weights and buttons"),
            req("name", NAME_TEXT, "display name"),
            opt("aliases", ALIASES, "other names users type, e.g. serving, evals"),
            req("summary", SHORT_TEXT, "one-line summary"),
            req("day_to_day", POINTS, "what the work looks like day to day"),
            req("skills", POINTS, "skills it asks for"),
            req("hiring", TEXT_FIELD, "hiring outlook"),
            opt("fit", SHORT_TEXT, "who it suits"),
            req("break_in", POINTS, "how to break in, as steps"),
            req("salary", SALARY, "pay ranges"),
            source(),
            asOf());

    private static final ObjectShape BACKGROUND = new ObjectShape(
            "background",
            "A background people come from, and the specializations it leads to.",
            req("id", ID, "stable id"),
            req("name", NAME_TEXT, "display name"),
            opt("aliases", ALIASES, "other names users type"),
            req("suggests", new ListShape(SPEC_REF, 1, 3, "specialization ids"), "where it usually leads"),
            req("note", SHORT_TEXT, "why"),
            source(),
            asOf());

    private static final ObjectShape MOVE = new ObjectShape(
            "move",
            "A switch the sources describe, and how hard it is.",
            req("from", new IdShape("a specialization or background"), "where the switch starts"),
            req("to", SPEC_REF, "the specialization it goes to"),
            req("difficulty", new EnumShape("easy", "common", "hard"), "how hard it is"),
            req("why", SHORT_TEXT, "why it is easy or hard"));

    private static final ObjectShape MONTHS = new ObjectShape(
            "months",
            "A range of months.",
            req("min", new IntShape(0, 120, "write a number of months, e.g. 2."), "fewest months"),
            req("max", new IntShape(0, 120, "write a number of months, e.g. 3."), "most months"));

    private static final ObjectShape SWITCHING = new ObjectShape(
            "switching",
            "What switching specialization costs and which switches are easy or hard.",
            req("id", ID, "stable id"),
            req("summary", SHORT_TEXT, "one-line summary"),
            req("cost", TEXT_FIELD, "what a switch costs"),
            req("cost_months", MONTHS, "the cost in months"),
            req("advice", POINTS, "advice about switching"),
            req("moves", new ListShape(MOVE, 1, 40, "moves"), "known switches"),
            source(),
            asOf());

    private static final ObjectShape TASK = new ObjectShape(
            "task",
            "A share of the role's working time.",
            req("task", new TextShape(TITLE, "an embed line"), "what the task is"),
            req("percent", new IntShape(0, 100, "write a whole percentage, e.g. 25."), "share of time"),
            req("ai_impact", new EnumShape("augmentation", "not-involved", "displacement"), "how AI affects this task"),
            opt("note", SHORT_TEXT, "detail"));

    private static final ObjectShape FIGURE = new ObjectShape(
            "pay figure",
            "Pay at one type of employer.",
            req("employer", new TextShape(100, "an embed line"), "type of employer or level"),
            req("basis", new TextShape(100, "an embed line"), "base salary or total compensation"),
            req("min", MONEY, "bottom of the range"),
            req("max", MONEY, "top of the range"),
            opt("open_ended", new BoolShape(), "true when written like \"$350K+\""));

    private static final ObjectShape PAY = new ObjectShape(
            "pay",
            "Pay by employer type.",
            req("region", NAME_TEXT, "where the figures apply"),
            req("currency", new TextShape(8, "a currency code"), "ISO currency code, e.g. USD"),
            asOf(),
            opt("note", SHORT_TEXT, "a qualifier"),
            req("figures", items(FIGURE, "figures"), "the figures"),
            opt("notes", POINTS, "premiums, raises and caveats"));

    private static final ObjectShape ROLE = new ObjectShape(
            "role",
            "The LLM-engineer role.",
            topicFields(
                    req("tasks", items(TASK, "tasks"), "how the working time splits; percents sum to 100"),
                    req("pay", PAY, "pay by employer type")));

    private static final ObjectShape OPTION = new ObjectShape(
            "option",
            "An answer to a quiz question and the specializations it points to.",
            req("label", new TextShape(LABEL, "a Slack button label"), "the answer as shown on its button"),
            req(
                    "weights",
                    new MapShape(
                            new IntShape(0, 5, "write a whole number from 0 to 5."), 1, 6, "specialization weights"),
                    "specialization id: points (0 to 5)"),
            req("why", SHORT_TEXT, "why this answer points there; shown with the result"));

    private static final ObjectShape QUESTION = new ObjectShape(
            "question",
            "One quiz question.",
            req("id", ID, "stable id within the quiz"),
            req("text", new TextShape(TITLE, "a message title"), "the question"),
            source(),
            req("options", new ListShape(OPTION, 2, 5, "options"), "2 to 5 answers"));

    private static final ObjectShape QUIZ = new ObjectShape(
            "quiz",
            "The specialization quiz.",
            req("id", ID, "stable id"),
            req("name", NAME_TEXT, "display name"),
            req("intro", SHORT_TEXT, "shown before the first question"),
            source(),
            asOf(),
            req("questions", new ListShape(QUESTION, 4, 6, "questions"), "4 to 6 questions"));

    public static final ObjectShape ROOT = new ObjectShape(
            "knowledge file",
            "Career Mentor's curated knowledge. Edit by hand; validate with "
                    + "`java -jar bot/target/career-mentor.jar validate`.",
            req("format", new IntShape(1, 1, "write 1."), "format version; 1"),
            req("sources", items(SOURCE, "sources"), "the source articles"),
            req("paths", new ListShape(PATH, 1, 5, "paths"), "the career paths"),
            req("paths_advice", TOPIC, "what applies to both paths"),
            req("specializations", items(SPECIALIZATION, "specializations"), "the specializations"),
            req("backgrounds", items(BACKGROUND, "backgrounds"), "backgrounds people come from"),
            req("switching", SWITCHING, "switching between specializations"),
            req("role", ROLE, "the LLM-engineer role"),
            req("become", TOPIC, "how to become an LLM engineer"),
            req("hiring", TOPIC, "what hiring managers value"),
            req("choosing", TOPIC, "how to choose a specialization"),
            req("quiz", QUIZ, "the specialization quiz"));

    /** The JSON Schema (draft 2020-12) document for editors. */
    public static Map<String, Object> jsonSchema() {
        SchemaDefs defs = new SchemaDefs();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://career-mentor.dev/knowledge.schema.json");
        Map<String, Object> rootRef = ROOT.toSchema(defs);
        root.putAll(defs.all().get(ROOT.defName()));
        defs.all().remove(ROOT.defName());
        root.put("$defs", defs.all());
        assert rootRef.containsKey("$ref");
        return root;
    }
}
