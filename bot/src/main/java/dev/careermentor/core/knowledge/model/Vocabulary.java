package dev.careermentor.core.knowledge.model;

import dev.careermentor.core.knowledge.model.meta.Doc;
import dev.careermentor.core.knowledge.model.meta.Kind;
import dev.careermentor.core.knowledge.model.meta.OptionalField;
import dev.careermentor.core.knowledge.model.meta.Size;
import dev.careermentor.core.knowledge.model.meta.Text;
import java.util.List;

/**
 * The words people use, so questions typed in plain English or Chinese are understood: what counts as
 * asking about pay, a level, a ranking, a switch... Each list is a cue the understanding looks for. When
 * users ask in a way the bot misses, a moderator adds the word here (and a case to eval.yaml).
 */
@Kind(name = "vocabulary", doc = "Words people use for what they ask about, in any language.")
public record Vocabulary(
        @Doc("words for early career: junior, entry level, new grad, 应届")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> early,

        @Doc("words for senior: staff, principal, 资深") @OptionalField @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> senior,

        @Doc("words that ask about pay: salary, earn, comp, 薪资, 工资")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> pay,

        @Doc("words that ask for an amount (pay when a job is named): how much, 多少")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> howMuch,

        @Doc("words about pay premiums and raises: premium, pay rise, 溢价")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> premium,

        @Doc("superlatives at the top: most, highest, best, easiest, 最高")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> most,

        @Doc("superlatives at the bottom: least, lowest, fewest, 最低")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> least,

        @Doc("words for easy: easy, simple, natural, 容易") @OptionalField @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> easy,

        @Doc("words for hard: hard, difficult, tough, 难") @OptionalField @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> hard,

        @Doc("words that compare two things: more than, vs, or, 还是")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> comparison,

        @Doc("words that ask for every item: all six, list, table, 分别")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> listAll,

        @Doc("words about how many jobs there are: hires, openings, demand, 岗位")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> openings,

        @Doc("words about how hard it is to get in: barrier, get into, entry, 门槛")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> barrier,

        @Doc("words about competition: competitive, crowded, 竞争")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> competition,

        @Doc("words about getting hired: get hired, find a job, 好找工作")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> getHired,

        @Doc("words about changing direction: switch, pivot, move from, 转")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> switching,

        @Doc("words asking how long: how long, how many months, 多久")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> duration,

        @Doc("words asking for a share of working time: how much time, percent, share, 占")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> timeShare,

        @Doc("words about the role assessment's scores: score, zone, resistance, 分数")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> score,

        @Doc("words asking what something is: what is, stand for, mean, 是什么")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> definition,

        @Doc("greetings: hi, hello, good morning, 你好") @OptionalField @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> greeting,

        @Doc("thanks: thank you, cheers, 谢谢") @OptionalField @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> thanks,

        @Doc("goodbyes: bye, see you, 再见") @OptionalField @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> goodbye,

        @Doc("questions about the bot itself: what can you do, 你能做什么")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> capabilities,

        @Doc("words people use to say who they are: I'm, I am, as a, 我是")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> self,

        @Doc("words about skills and tools: skills, learn, tools, 技能")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> skills,

        @Doc("words about the daily work: day to day, all day, 日常")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> dayToDay,

        @Doc("words about getting a first job: break in, get started, first job, 入行")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> breakIn,

        @Doc("words about hiring: who hires, outlook, demand, 招聘")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> hiringOutlook,

        @Doc("words about who something suits: suits me, right for me, 适合")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> fit,

        @Doc("words about education: degree, master's, PhD, 学历")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> education,

        @Doc("words about what the work is: work on, tasks, 做什么")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> work,

        @Doc("words about job titles: job titles, roles, positions, 岗位名称")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> jobTitles,

        @Doc("words that ask which specialization or path: which one, specialization, 方向")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> whichKind,

        @Doc("words that ask about both career paths at once: two paths, 两条路线")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> bothPaths,

        @Doc("words that mean the two career paths: career path, track, 路线")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> pathWords,

        @Doc("words about becoming one from scratch: become, from scratch, 成为")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> become,

        @Doc("words about what comes next: future, heading, later, 以后")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> future,

        @Doc("words asking when: when should, by when, 什么时候") @OptionalField @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> timing,

        @Doc("words that set something aside: except, leaving aside, other than, 除了")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> exclusion,

        @Doc("words about prices: cost, price, fee, tuition, 学费")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> price,

        @Doc("words asking what to buy or invest in: buy, stock, laptop, 显卡")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> shopping,

        @Doc("words for subjects the sources never cover: visa, interview process, weather, 签证")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> offTopic,

        @Doc("places the sources give no pay for: UK, India, Europe, 中国")
        @OptionalField
        @Size(min = 0, max = 1000, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> otherRegions,

        @Doc("jobs the sources do not describe: product manager, data engineer, 产品经理")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> otherRoles,

        @Doc("words that ask for a count: how many, number of, 几个")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> count,

        @Doc("words that end a job title: engineer, developer, scientist, 工程师. A title the knowledge does not"
                + " name (\"robotics engineer\") is a job the sources do not describe")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> jobNouns,

        @Doc("job titles that mean the whole field, not one job: AI engineer, AI 工程师")
        @OptionalField
        @Size(min = 0, max = 300, what = "words")
        List<@Text(max = Text.ALIAS, why = "a word people type") String> fieldJobs,

        @Doc("groups of words that mean the same, so a question in one finds text written in another:"
                + " [\"涨\", \"rose\", \"grew\"], [\"数学\", \"maths\"]")
        @OptionalField
        @Size(min = 0, max = 1000, what = "groups")
        List<@Size(min = 2, max = 20, what = "words") List<@Text(max = Text.ALIAS, why = "a word people type") String>>
                synonyms) {

    /** No words at all: a knowledge file without a vocabulary. */
    public static final Vocabulary NONE = new Vocabulary(
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of());

    /** The cues, one per list. */
    public enum Cue {
        EARLY,
        SENIOR,
        PAY,
        HOW_MUCH,
        PREMIUM,
        MOST,
        LEAST,
        EASY,
        HARD,
        COMPARISON,
        LIST_ALL,
        OPENINGS,
        BARRIER,
        COMPETITION,
        GET_HIRED,
        SWITCHING,
        DURATION,
        TIME_SHARE,
        SCORE,
        DEFINITION,
        GREETING,
        THANKS,
        GOODBYE,
        CAPABILITIES,
        SELF,
        SKILLS,
        DAY_TO_DAY,
        BREAK_IN,
        HIRING_OUTLOOK,
        FIT,
        EDUCATION,
        WORK,
        JOB_TITLES,
        WHICH_KIND,
        BOTH_PATHS,
        PATH_WORDS,
        BECOME,
        FUTURE,
        TIMING,
        EXCLUSION,
        PRICE,
        SHOPPING,
        OFF_TOPIC,
        OTHER_REGIONS,
        OTHER_ROLES,
        JOB_NOUN,
        FIELD_JOB,
        COUNT
    }

    public Vocabulary {
        early = early == null ? List.of() : List.copyOf(early);
        senior = senior == null ? List.of() : List.copyOf(senior);
        pay = pay == null ? List.of() : List.copyOf(pay);
        howMuch = howMuch == null ? List.of() : List.copyOf(howMuch);
        premium = premium == null ? List.of() : List.copyOf(premium);
        most = most == null ? List.of() : List.copyOf(most);
        least = least == null ? List.of() : List.copyOf(least);
        easy = easy == null ? List.of() : List.copyOf(easy);
        hard = hard == null ? List.of() : List.copyOf(hard);
        comparison = comparison == null ? List.of() : List.copyOf(comparison);
        listAll = listAll == null ? List.of() : List.copyOf(listAll);
        openings = openings == null ? List.of() : List.copyOf(openings);
        barrier = barrier == null ? List.of() : List.copyOf(barrier);
        competition = competition == null ? List.of() : List.copyOf(competition);
        getHired = getHired == null ? List.of() : List.copyOf(getHired);
        switching = switching == null ? List.of() : List.copyOf(switching);
        duration = duration == null ? List.of() : List.copyOf(duration);
        timeShare = timeShare == null ? List.of() : List.copyOf(timeShare);
        score = score == null ? List.of() : List.copyOf(score);
        definition = definition == null ? List.of() : List.copyOf(definition);
        greeting = greeting == null ? List.of() : List.copyOf(greeting);
        thanks = thanks == null ? List.of() : List.copyOf(thanks);
        goodbye = goodbye == null ? List.of() : List.copyOf(goodbye);
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        self = self == null ? List.of() : List.copyOf(self);
        skills = skills == null ? List.of() : List.copyOf(skills);
        dayToDay = dayToDay == null ? List.of() : List.copyOf(dayToDay);
        breakIn = breakIn == null ? List.of() : List.copyOf(breakIn);
        hiringOutlook = hiringOutlook == null ? List.of() : List.copyOf(hiringOutlook);
        fit = fit == null ? List.of() : List.copyOf(fit);
        education = education == null ? List.of() : List.copyOf(education);
        work = work == null ? List.of() : List.copyOf(work);
        jobTitles = jobTitles == null ? List.of() : List.copyOf(jobTitles);
        whichKind = whichKind == null ? List.of() : List.copyOf(whichKind);
        bothPaths = bothPaths == null ? List.of() : List.copyOf(bothPaths);
        pathWords = pathWords == null ? List.of() : List.copyOf(pathWords);
        become = become == null ? List.of() : List.copyOf(become);
        future = future == null ? List.of() : List.copyOf(future);
        timing = timing == null ? List.of() : List.copyOf(timing);
        exclusion = exclusion == null ? List.of() : List.copyOf(exclusion);
        price = price == null ? List.of() : List.copyOf(price);
        shopping = shopping == null ? List.of() : List.copyOf(shopping);
        offTopic = offTopic == null ? List.of() : List.copyOf(offTopic);
        otherRegions = otherRegions == null ? List.of() : List.copyOf(otherRegions);
        otherRoles = otherRoles == null ? List.of() : List.copyOf(otherRoles);
        jobNouns = jobNouns == null ? List.of() : List.copyOf(jobNouns);
        count = count == null ? List.of() : List.copyOf(count);
        fieldJobs = fieldJobs == null ? List.of() : List.copyOf(fieldJobs);
        synonyms = synonyms == null
                ? List.of()
                : synonyms.stream().map(List::copyOf).toList();
    }

    /** The words of one cue. */
    public List<String> words(Cue cue) {
        return switch (cue) {
            case EARLY -> early;
            case SENIOR -> senior;
            case PAY -> pay;
            case HOW_MUCH -> howMuch;
            case PREMIUM -> premium;
            case MOST -> most;
            case LEAST -> least;
            case EASY -> easy;
            case HARD -> hard;
            case COMPARISON -> comparison;
            case LIST_ALL -> listAll;
            case OPENINGS -> openings;
            case BARRIER -> barrier;
            case COMPETITION -> competition;
            case GET_HIRED -> getHired;
            case SWITCHING -> switching;
            case DURATION -> duration;
            case TIME_SHARE -> timeShare;
            case SCORE -> score;
            case DEFINITION -> definition;
            case GREETING -> greeting;
            case THANKS -> thanks;
            case GOODBYE -> goodbye;
            case CAPABILITIES -> capabilities;
            case SELF -> self;
            case SKILLS -> skills;
            case DAY_TO_DAY -> dayToDay;
            case BREAK_IN -> breakIn;
            case HIRING_OUTLOOK -> hiringOutlook;
            case FIT -> fit;
            case EDUCATION -> education;
            case WORK -> work;
            case JOB_TITLES -> jobTitles;
            case WHICH_KIND -> whichKind;
            case BOTH_PATHS -> bothPaths;
            case PATH_WORDS -> pathWords;
            case BECOME -> become;
            case FUTURE -> future;
            case TIMING -> timing;
            case EXCLUSION -> exclusion;
            case PRICE -> price;
            case SHOPPING -> shopping;
            case OFF_TOPIC -> offTopic;
            case OTHER_REGIONS -> otherRegions;
            case OTHER_ROLES -> otherRoles;
            case JOB_NOUN -> jobNouns;
            case FIELD_JOB -> fieldJobs;
            case COUNT -> count;
        };
    }
}
