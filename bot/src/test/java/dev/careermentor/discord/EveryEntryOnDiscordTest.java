package dev.careermentor.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careermentor.EveryEntry;
import dev.careermentor.TestBot;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.i18n.Lang;
import dev.careermentor.discord.fake.MessageRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every entry rendered for Discord, in English and in Chinese, within what Discord accepts: content 2000
 * characters, embed description 4096 and field 1024, custom ids 100 (Discord counts characters, so Chinese
 * text fits more meaning but is checked the same).
 */
class EveryEntryOnDiscordTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyEntryIsAMessageDiscordAccepts(Lang lang) throws Exception {
        DiscordRenderer renderer = new DiscordRenderer();
        List<String> problems = new ArrayList<>();
        var replies = EveryEntry.replies(TestBot.real().mentor(), new User(Surface.DISCORD, "g", "u-" + lang), lang);
        for (var e : replies.entrySet()) {
            List<DiscordMessage> messages = renderer.render(e.getValue());
            for (int n = 0; n < messages.size(); n++) {
                JsonNode created =
                        JSON.readTree(messages.get(n).create().toData().toString());
                JsonNode edited = JSON.readTree(messages.get(n).edit().toData().toString());
                for (String p : MessageRules.problems(created, false)) problems.add(e.getKey() + " #" + n + ": " + p);
                for (String p : MessageRules.problems(edited, true))
                    problems.add(e.getKey() + " #" + n + " edit: " + p);
            }
        }
        assertEquals(List.of(), problems);
    }
}
