package dev.careermentor.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.TestBot;
import dev.careermentor.core.Mentor;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.reply.Reply;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** lang zh|en: the choice, its confirmation in the new language, and what is refused. */
class LangCommandTest {
    private final Mentor mentor = TestBot.real().mentor();
    private final User ming = new User(Surface.SLACK, "T1", "U1");

    @Test
    void aChoiceIsConfirmedInTheNewLanguageAndKept() {
        Reply shown = mentor.handleText(ming, "lang");
        assertTrue(shown.text().contains("you have not chosen a language"), shown.text());
        assertTrue(shown.text().contains("/mentor lang zh"), shown.text());

        Reply zh = mentor.handleText(ming, "/mentor lang zh");
        assertEquals(Reply.Kind.NOTICE, zh.kind());
        assertTrue(zh.text().startsWith("好的，之后用中文回答。"), zh.text());
        assertEquals(Optional.of(Lang.ZH), mentor.languages().chosen(ming));
        assertTrue(mentor.handleText(ming, "lang").text().startsWith("你选择了中文"), "and said in Chinese");

        Reply en = mentor.handleText(ming, "lang 英文");
        assertTrue(en.text().startsWith("OK, I'll answer in English from now on."), en.text());
        assertEquals(Optional.of(Lang.EN), mentor.languages().chosen(ming));
    }

    @Test
    void everyWayOfNamingChineseWorksAndTraditionalIsNoted() {
        for (String word : new String[] {"zh", "ZH", "zh-CN", "chinese", "中文", "cn"}) {
            assertTrue(mentor.handleText(ming, "lang " + word).text().startsWith("好的"), word);
        }
        Reply tw = mentor.handleText(ming, "lang zh-TW");
        assertTrue(tw.text().contains("繁体中文的提问会用简体中文回答。"), tw.text());
    }

    @Test
    void anUnknownLanguageIsRefusedAndNothingChanges() {
        Reply r = mentor.handleText(ming, "lang fr");
        assertEquals(Reply.Kind.ERROR, r.kind());
        assertTrue(r.text().contains("“fr” is neither"), r.text());
        assertEquals(Optional.empty(), mentor.languages().chosen(ming));
    }
}
