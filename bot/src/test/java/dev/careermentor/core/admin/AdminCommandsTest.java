package dev.careermentor.core.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fixtures;
import dev.careermentor.TestBot;
import dev.careermentor.app.MentorApp;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.knowledge.KnowledgeLoader;
import dev.careermentor.core.moderation.Actor;
import dev.careermentor.core.moderation.Reloader;
import dev.careermentor.core.moderation.Report;
import dev.careermentor.core.moderation.ReportFile;
import dev.careermentor.core.moderation.ReportLog;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Field;
import dev.careermentor.core.reply.PlainText;
import dev.careermentor.core.reply.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moderator commands and "Outdated?" reports through the Mentor, with files in a temp folder. */
class AdminCommandsTest {
    @TempDir
    Path tmp;

    private Path dir;
    private MentorApp app;
    private final User mod = new User(Surface.SLACK, "T1", "UMOD");
    private final User user = new User(Surface.SLACK, "T1", "UUSER");

    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
        app = app(Fixtures.CLOCK);
    }

    private MentorApp app(Clock clock) {
        return MentorApp.builder(new KnowledgeLoader(Fixtures.CLOCK).load(dir).knowledge())
                .clock(clock)
                .moderation(dir, tmp.resolve("data"), null)
                .build();
    }

    private Reply admin(String text) {
        return app.mentor().handleAdmin(mod, "Mo", true, text);
    }

    private void edit(String find, String replace) throws Exception {
        Path f = dir.resolve("knowledge.yaml");
        Files.writeString(f, Files.readString(f).replace(find, replace));
    }

    @Test
    void staleAndStatusListChineseTranslationsMadeForAnOlderEnglish() throws Exception {
        String version = app.mentor().knowledge().englishVersions().get("applied-llm");
        Files.writeString(
                dir.resolve("zh.yaml"),
                "language: zh-CN\ntranslations:\n  - entry: applied-llm\n    translates: \"" + version
                        + "\"\n    summary: \"在 LLM API 之上做产品功能。\"\n");
        edit("Hires the most.", "Hires more than any other.");
        app.close();
        app = app(Fixtures.CLOCK);
        String stale = PlainText.render(admin("stale"));
        assertTrue(stale.contains("Chinese translations to check"), stale);
        assertTrue(stale.contains("the English of 'applied-llm' changed since it was translated"), stale);
        String status = PlainText.render(admin("status"));
        assertTrue(
                status.contains("0 of 2 entries current, 1 out of date, 1 missing; see stale")
                        || status.contains("1 out of date"),
                status);
    }

    @Test
    void nonModeratorsAreRefusedPolitely() {
        for (String cmd : new String[] {"reload", "status", "history", "stale", "reports", "diff", "validate"}) {
            Reply r = app.mentor().handleAdmin(user, "U", false, cmd);
            assertEquals("Only moderators can do that", r.title(), cmd);
            assertEquals(Reply.Kind.ERROR, r.kind());
        }
        assertTrue(app.moderation().reloader().lastAttempt() == null, "nothing was attempted");
    }

    @Test
    void helpListsEveryModeratorCommand() {
        String text = PlainText.render(admin("help"));
        for (AdminCommand c : AdminCommands.all()) assertTrue(text.contains("/mentor-admin " + c.usage()), c.name());
        assertTrue(PlainText.render(admin("frobnicate")).contains("I don't know the moderator command"));
    }

    @Test
    void validateDiffAndReloadAnEdit() throws Exception {
        edit("early: { min: 180000, max: 280000 }", "early: { min: 190000, max: 290000 }");
        String validate = PlainText.render(admin("validate"));
        assertTrue(
                validate.contains("The file on disk is valid") && validate.contains("1 changed, 1 figure"), validate);
        String diff = PlainText.render(admin("diff"));
        assertTrue(diff.contains("Inference / serving engineer, early career: $180K–$280K"), diff);
        assertTrue(diff.contains("→ $190K–$290K"), diff);
        String before = app.knowledge().get().version();
        Reply reload = admin("reload");
        assertTrue(reload.title().startsWith("Reloaded: " + before + " → "), reload.title());
        assertEquals("Nothing to reload", admin("reload").title());
        String history = PlainText.render(admin("history 5"));
        assertTrue(history.contains("by Mo (slack T1/UMOD)"), history);
        assertTrue(history.contains("unchanged") && history.contains("ok"), history);
        assertEquals(Reply.Kind.ERROR, admin("history many").kind());
    }

    @Test
    void diffSaysWhatItComparesAndOnceTheWatcherLoadedAnEditShowsWhatThatReloadChanged() throws Exception {
        String nothing = PlainText.render(admin("diff"));
        assertTrue(nothing.contains("Disk and live are the same"), nothing);
        assertTrue(nothing.contains("nothing has been reloaded since the bot started"), nothing);

        String live = app.knowledge().get().version();
        edit("early: { min: 180000, max: 280000 }", "early: { min: 190000, max: 290000 }");
        String disk = new KnowledgeLoader(Fixtures.CLOCK).load(dir).knowledge().version();
        Reply pending = admin("diff");
        assertEquals("What a reload would change", pending.title());
        assertTrue(
                pending.text()
                        .startsWith("The knowledge on disk (" + dir.resolve("knowledge.yaml") + ", version " + disk
                                + ") against the live version " + live + ": 1 changed, 1 figure."),
                pending.text());

        // The folder watcher loads the edit before the moderator gets to run diff.
        app.moderation().reloader().reload(Actor.WATCHER, Reloader.Trigger.WATCH);
        Reply after = admin("diff");
        String text = PlainText.render(after);
        assertEquals("What the last reload changed", after.title());
        assertTrue(after.text().startsWith("Disk and live are the same"), after.text());
        assertTrue(
                after.text()
                        .contains("the last reload (at " + Fixtures.CLOCK.instant()
                                + ", from the folder watcher) changed " + live + " → " + disk
                                + ": 1 changed, 1 figure."),
                after.text());
        assertTrue(text.contains("Inference / serving engineer, early career: $180K–$280K"), text);
        assertFalse(text.contains("No changes"), text);

        edit("early: { min: 190000, max: 290000 }", "early: { min: 180000, max: 280000 }");
        admin("reload");
        String manual = admin("diff").text();
        assertTrue(manual.contains("the last reload (by Mo (slack T1/UMOD) at "), manual);
        assertTrue(manual.contains(", with reload) changed " + disk + " → " + live), manual);
    }

    @Test
    void historySaysHowManyEntriesItShowsOutOfHowMany() {
        String empty = PlainText.render(admin("history"));
        assertTrue(empty.contains("has no entries yet"), empty);
        admin("reload"); // unchanged, but asked for by a person: recorded
        assertTrue(PlainText.render(admin("history")).contains("The only entry in "));
        for (int i = 0; i < 4; i++) admin("reload");
        String latest = PlainText.render(admin("history 1"));
        assertTrue(latest.contains("The latest of 5 entries in "), latest);
        assertFalse(latest.contains("The only entry"), latest);
        assertTrue(PlainText.render(admin("history 3")).contains("The latest 3 of 5 entries, newest first, in "));
        assertTrue(PlainText.render(admin("history 5")).contains("All 5 entries, newest first, in "));
        assertTrue(PlainText.render(admin("history")).contains("All 5 entries, newest first, in "));
        assertEquals(Reply.Kind.ERROR, admin("history 0").kind());
    }

    @Test
    void aBadEditIsReportedToTheModeratorWithLocations() throws Exception {
        edit("difficulty: common", "difficulty: medium");
        Reply r = admin("reload");
        assertEquals(Reply.Kind.ERROR, r.kind());
        assertTrue(r.title().contains("stays live"));
        assertTrue(PlainText.render(r).contains("knowledge.yaml:86:19:"), PlainText.render(r));
        String status = PlainText.render(admin("status"));
        assertTrue(status.contains("failed") && status.contains(":86:19:"), status);
        assertEquals(Reply.Kind.ERROR, admin("validate").kind());
    }

    @Test
    void staleUsesTheInjectedClock() {
        assertTrue(PlainText.render(admin("stale")).contains("None"), "nothing is a year old on 2026-11-23");
        app = app(Clock.fixed(Instant.parse("2028-03-01T00:00:00Z"), ZoneOffset.UTC));
        String stale = PlainText.render(admin("stale 12"));
        assertTrue(
                stale.contains("Inference / serving engineer: salary figures [inference-serving], as of 2026"), stale);
        assertTrue(stale.contains("Engineering implementation [engineering], as of 2026-11"), stale);
        String tight = PlainText.render(admin("stale 20"));
        assertFalse(tight.contains("as of 2026-11"), "2026-11 is not 20 months before 2028-03: " + tight);
        assertEquals(Reply.Kind.ERROR, admin("stale soon").kind());
        assertTrue(PlainText.render(admin("status")).contains("older than 12 months"));
    }

    @Test
    void outdatedReportsAreRecordedOncePerPersonListedAndKept() throws Exception {
        Reply answer = app.mentor().handleText(user, "specialization serving");
        String outdated = TestBot.button(answer, "Outdated?");
        assertTrue(answer.buttons().stream().anyMatch(b -> b.kind() == Button.Kind.SHARE));
        assertEquals(
                "Thanks for the report",
                app.mentor().handleComponent(user, outdated).title());
        app.mentor().handleComponent(user, outdated); // a double click: still one report
        app.mentor().handleComponent(new User(Surface.DISCORD, "G", "someone"), outdated);
        String reports = PlainText.render(admin("reports"));
        assertTrue(
                reports.contains("Inference / serving engineer [inference-serving], as of 2026: 2 report(s)"), reports);

        app.close(); // a restart: the reports are in the data folder's database
        app = app(Fixtures.CLOCK);
        ReportLog reopened = app.store().reports();
        assertEquals(2, reopened.size());
        Report r = reopened.latest(1).get(0);
        assertEquals("discord", r.surface());
        String kept = reopened.latest(10).toString();
        assertFalse(kept.contains("UUSER") || kept.contains("someone"), "no user ids are kept: " + kept);
    }

    @Test
    void reportsAreBoundedAndCompacted() throws Exception {
        Path file = tmp.resolve("bounded.jsonl");
        ReportFile log = new ReportFile(file, 3);
        for (int i = 0; i < 10; i++) log.add(new Report("t" + i, "mlops", "MLOps", "2026", "slack"));
        assertEquals(3, log.size());
        assertEquals("t9", log.latest(1).get(0).time());
        assertTrue(Files.readAllLines(file).size() < 6, "the file is compacted");
        assertEquals(3, new ReportFile(file, 3).size());
    }

    @Test
    void factualAnswersCarryAnOutdatedButtonAndNoticesDoNot() {
        assertTrue(app.mentor().handleText(user, "salary").buttons().stream()
                .anyMatch(b -> b.label().equals("Outdated?")));
        assertFalse(app.mentor().handleText(user, "help").buttons().stream()
                .anyMatch(b -> b.label().equals("Outdated?")));
    }

    @Test
    void aModeratorWhoChoseChineseGetsStatusAndHistoryInChineseWithTheSameFigures() throws Exception {
        admin("reload"); // one audit entry for history
        Reply statusEn = admin("status");
        Reply historyEn = admin("history");
        app.mentor().languages().choose(mod, Lang.ZH);
        Reply status = admin("status");
        Reply history = admin("history");

        assertEquals("知识库状态", status.title());
        String version = app.knowledge().get().version();
        assertTrue(status.text().startsWith("版本 " + version + "，加载于 "), status.text());
        assertEquals(
                List.of("内容哈希", "数量", "时效", "报告", "知识文件夹", "中文翻译", "上次重新加载尝试"),
                status.fields().stream().map(Field::name).toList());
        assertEquals(statusEn.fields().get(0).value(), status.fields().get(0).value(), "the same content hash");
        assertEquals(
                numbers(statusEn.fields().get(1).value()),
                numbers(status.fields().get(1).value()));
        assertTrue(
                status.fields().get(1).value().contains("个方向"),
                status.fields().get(1).value());

        assertEquals("审计记录", history.title());
        assertTrue(history.text().startsWith("唯一的一条记录，位于 "), history.text());
        assertEquals(historyEn.fields().get(0).name(), history.fields().get(0).name(), "time, action, trigger");
        assertTrue(history.fields().get(0).value().contains("操作者：Mo (slack T1/UMOD)"), history.text());
        assertFalse(PlainText.render(history).contains("by Mo"), PlainText.render(history));

        // Someone else who did not choose Chinese still gets English.
        assertEquals(
                "Knowledge status",
                app.mentor()
                        .handleAdmin(new User(Surface.SLACK, "T1", "UMOD2"), "Ann", true, "status")
                        .title());
    }

    private static List<String> numbers(String text) {
        return java.util.regex.Pattern.compile("\\d+")
                .matcher(text)
                .results()
                .map(m -> m.group())
                .toList();
    }
}
