package dev.careermentor.core;

import static dev.careermentor.TestBot.button;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fixtures;
import dev.careermentor.TestBot;
import dev.careermentor.app.MentorApp;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.component.ComponentIds;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.moderation.Report;
import dev.careermentor.core.reply.Button;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.core.session.Cooldowns;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors, "did you mean", buttons and notices around the answers, in Chinese; English as it was. */
class RepliesInChineseTest {
    private static final User ALICE = TestBot.ALICE;
    private final Mentor mentor = TestBot.real().mentor();

    @Test
    void didYouMeanIsInChinese() {
        Reply r = mentor.handleText(ALICE, Lang.ZH, "quizz");
        assertEquals(Reply.Kind.ERROR, r.kind());
        assertEquals("未知命令“quizz”", r.title());
        assertTrue(r.text().startsWith("你是想输入“quiz”"), r.text());
        assertTrue(r.text().endsWith("吗？输入 help 查看所有命令。"), r.text());
        Reply en = mentor.handleText(ALICE, Lang.EN, "quizz");
        assertEquals("Unknown command \u201Cquizz\u201D", en.title());
        assertTrue(en.text().startsWith("Did you mean \u201Cquiz\u201D"), en.text());
        assertEquals(
                en.buttons().stream().map(Button::id).toList(),
                r.buttons().stream().map(Button::id).toList(),
                "the same suggestions");
    }

    @Test
    void anUnknownCommandIsToldInChineseBeforeTheHelp() {
        Reply r = mentor.handle(ALICE, Lang.ZH, new Request("salry", Map.of()));
        assertTrue(r.text().startsWith("我不认识命令“salry”。下面是我能做的事。\n\n"), r.text());
        Reply en = mentor.handle(ALICE, Lang.EN, new Request("salry", Map.of()));
        assertTrue(en.text().startsWith("I don't know the command \u201Csalry\u201D. Here is what I can do.\n\n"));
    }

    @Test
    void tooLongAndModeratorCommandsAreInChinese() {
        Reply longer = mentor.handleText(ALICE, Lang.ZH, "薪".repeat(600));
        assertEquals("内容太长了", longer.title());
        assertEquals("请控制在 500 个字符以内；问题越简短，答案越准确。", longer.text());
        Reply admin = mentor.handleText(ALICE, Lang.ZH, "admin reload");
        assertEquals("管理员命令是分开的", admin.title());
        assertEquals("管理员请使用 admin <command>。其他功能请输入 help。", admin.text());
        assertEquals(
                "Moderator commands are separate",
                mentor.handleText(ALICE, "admin reload").title());
    }

    @Test
    void aButtonThatCannotBeUsedIsExplainedInChinese() {
        Reply r = mentor.handleComponent(ALICE, Lang.ZH, "", "cm1:q:!!");
        assertEquals("这个按钮无法使用", r.title());
        assertEquals("这个按钮的数据已损坏，无法使用。输入 help 重新开始。", r.text());
        Reply foreign = mentor.handleComponent(ALICE, Lang.ZH, "", "xx:y:z");
        assertEquals("Career Mentor 无法识别这个按钮。输入 help 重新开始。", foreign.text());
        Reply en = mentor.handleComponent(ALICE, Lang.EN, "", "cm1:q:!!");
        assertEquals("That button can't be used", en.title());
        assertEquals("This button's data is damaged, so it can't be used. Type help to start again.", en.text());
        var invalid = (ComponentIds.Invalid) ComponentIds.parse("cm2:q:x");
        assertEquals("This button comes from another version of Career Mentor.", invalid.reason());
        assertEquals("这个按钮来自另一个版本的 Career Mentor。", invalid.reason(Lang.ZH));
    }

    @Test
    void reportsNotEnabledIsInChinese() {
        Reply r = mentor.handleComponent(ALICE, Lang.ZH, "", "cm1:o:applied-llm:2026");
        assertEquals("未启用报告", r.title());
        assertEquals("这个机器人进程不记录报告。", r.text());
    }

    @Test
    void theTerminalSaysHowToLeaveInEitherLanguage() {
        assertEquals("Type exit or press Ctrl-D to leave.", Surface.CONSOLE.howToLeave());
        assertEquals("输入 exit 或按 Ctrl-D 退出。", Surface.CONSOLE.howToLeave(Lang.ZH));
        assertEquals("", Surface.SLACK.howToLeave(Lang.ZH));
        assertEquals("", Surface.DISCORD.howToLeave());
    }

    @Test
    void theFailureTitleIsRecognisedInEitherLanguage() {
        assertTrue(Mentor.failed(Reply.error("出了点问题", "x")));
        assertTrue(Mentor.failed(Reply.error(Mentor.FAILURE_TITLE, "x")));
        assertTrue(!Mentor.failed(Reply.notice(Mentor.FAILURE_TITLE, "x")));
    }

    /** A chat user with moderation and budgets: Share, Outdated?, the report's thanks and "slow down". */
    @Test
    void buttonsReportsAndCooldownsInChinese(@TempDir Path tmp) throws Exception {
        User user = new User(Surface.DISCORD, "guild", "u1");
        try (MentorApp app = MentorApp.builder(Fixtures.real())
                .clock(Fixtures.CLOCK)
                .ticker(new dev.careermentor.FakeTicker())
                .moderation(Fixtures.knowledgeDir(), tmp.resolve("data"), null)
                .cooldowns(Cooldowns.Settings.DEFAULT)
                .build()) {
            Mentor m = app.mentor();
            Reply answer = m.handleText(user, Lang.ZH, "salary inference-serving");
            List<String> labels = answer.buttons().stream().map(Button::label).toList();
            assertTrue(labels.contains("分享到频道"), labels.toString());
            assertTrue(labels.contains("内容过时？"), labels.toString());
            Reply english = m.handleText(user, Lang.EN, "salary inference-serving");
            assertTrue(english.buttons().stream()
                    .map(Button::label)
                    .toList()
                    .containsAll(List.of("Share to channel", "Outdated?")));

            Reply shared = m.handleComponent(user, Lang.ZH, "c1", button(answer, "分享到频道"));
            assertEquals(Reply.Visibility.PUBLIC, shared.visibility());
            Reply again = m.handleComponent(user, Lang.ZH, "c1", button(answer, "分享到频道"));
            assertEquals("已经分享过了", again.title());
            assertEquals("你刚刚已经在这里分享过，所以我没有再发一次。", again.text());

            Reply thanks = m.handleComponent(user, Lang.ZH, "c1", button(answer, "内容过时？"));
            assertEquals("感谢你的报告", thanks.title());
            String zhName = Fixtures.real()
                    .in(Lang.ZH)
                    .specializations()
                    .require("inference-serving")
                    .name();
            assertTrue(thanks.text().startsWith("管理员会对照更新的资料核查"), thanks.text());
            assertTrue(thanks.text().contains(zhName), "the entry's Chinese name: " + thanks.text());
            Report report = app.moderation().reports().latest(1).get(0);
            assertEquals(
                    dev.careermentor.core.moderation.Moderation.entries(
                                    Fixtures.real().data())
                            .get(report.entryId())
                            .name(),
                    report.entryName(),
                    "moderators read the report in English");

            Reply slow = null;
            for (int i = 0; i < 20 && (slow == null || slow.kind() != Reply.Kind.ERROR); i++) {
                slow = m.handleText(user, Lang.ZH, "help");
            }
            assertEquals("请慢一点", slow.title());
            assertTrue(slow.text().startsWith("你发送命令太快了，我来不及好好回答。请在 "), slow.text());
            assertTrue(slow.text().endsWith(" 秒后再试。"), slow.text());
            Reply slowEn = m.handleText(user, Lang.EN, "help");
            assertEquals("Slow down a little", slowEn.title());
            assertTrue(
                    slowEn.text().startsWith("You're sending commands faster than I can answer well. Try again in "));
        }
    }
}
