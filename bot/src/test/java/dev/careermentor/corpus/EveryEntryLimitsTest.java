package dev.careermentor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.EveryEntry;
import dev.careermentor.TestBot;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every entry, in each language, within the core's limits (the strictest of the platforms'). */
class EveryEntryLimitsTest {

    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyEntryFitsInEachLanguage(Lang lang) {
        Map<String, Reply> replies =
                EveryEntry.replies(TestBot.real().mentor(), new User(Surface.DISCORD, "g", "u-" + lang), lang);
        assertTrue(replies.size() > 100, "every entry: " + replies.size());
        List<String> problems = new ArrayList<>();
        replies.forEach((what, r) -> {
            ReplyLimits.violations(r).forEach(v -> problems.add(what + ": " + v));
            if (r.kind() == Reply.Kind.ERROR) problems.add(what + ": an error: " + r.title() + " " + r.text());
        });
        assertEquals(List.of(), problems);
        if (lang == Lang.ZH) {
            long chinese = replies.values().stream()
                    .filter(r -> Lang.looksChinese(r.title() + r.text()) || hasHan(r.title()))
                    .count();
            assertTrue(chinese * 2 > replies.size(), "mostly Chinese: " + chinese + " of " + replies.size());
        }
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
