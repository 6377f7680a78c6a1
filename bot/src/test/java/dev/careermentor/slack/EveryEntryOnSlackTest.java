package dev.careermentor.slack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.EveryEntry;
import dev.careermentor.TestBot;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.i18n.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every entry rendered for Slack, in English and in Chinese, within Block Kit's limits (3000 per section, 50 blocks). */
class EveryEntryOnSlackTest {

    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyEntryIsAMessageSlackAccepts(Lang lang) {
        var replies = EveryEntry.replies(TestBot.real().mentor(), new User(Surface.SLACK, "T1", "U-" + lang), lang);
        assertTrue(replies.size() > 100, "every entry: " + replies.size());
        replies.forEach((what, reply) -> {
            try {
                BlockKitLimits.check(BlockKitLimits.json(SlackRenderer.render(reply)));
            } catch (AssertionError e) {
                throw new AssertionError(what + ": " + e.getMessage(), e);
            }
        });
    }
}
