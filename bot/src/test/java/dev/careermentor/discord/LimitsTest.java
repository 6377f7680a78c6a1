package dev.careermentor.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.command.Request;
import dev.careermentor.core.reply.Reply;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeUser;
import dev.careermentor.discord.fake.Interaction;
import dev.careermentor.discord.fake.MessageRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reply far over Discord's limits still arrives whole, split into messages Discord accepts. */
class LimitsTest {

    @Test
    void aHugeReplyIsSplitIntoFollowUpsThatDiscordAccepts() throws Exception {
        var mentor = TestMentors.with(new TestMentors.Huge());
        Reply reply = mentor.handle(new User(Surface.DISCORD, "any", "any"), new Request("huge", Map.of()));
        int parts = new DiscordRenderer().render(reply).size();
        assertTrue(parts >= 4, "60 fields of ~1000 characters need several messages: " + parts);
        try (Harness h = Harness.start(mentor)) {
            Interaction i = h.discord.slash(FakeUser.person("alice"), "huge", Map.of());
            Exchange first = h.discord.callback(i);
            assertEquals(200, first.status(), first.toString());
            List<Exchange> messages = new ArrayList<>(List.of(first));
            messages.addAll(h.discord.followUps(i, parts - 1));
            assertEquals(messages, h.discord.requestsOf(i), "the first reply, then follow-ups in order");

            StringBuilder values = new StringBuilder();
            int rows = 0;
            for (int n = 0; n < messages.size(); n++) {
                Exchange e = messages.get(n);
                assertEquals(200, e.status(), e.toString());
                JsonNode m = e.message();
                assertEquals(List.of(), MessageRules.problems(m, false), "message " + n);
                assertTrue(Harness.ephemeral(e), "every part is private like the first");
                JsonNode embed = Harness.embed(e);
                assertTrue(embed.path("title").asText().length() <= 256);
                embed.path("fields")
                        .forEach(f -> values.append(f.path("value").asText()).append('\n'));
                rows += m.path("components").size();
                boolean last = n == messages.size() - 1;
                assertEquals(last, embed.has("footer"), "the sources close the last message");
            }
            for (int f = 0; f < TestMentors.Huge.FIELDS; f++) {
                for (String word : TestMentors.Huge.value(f).split(" ", -1)) {
                    assertTrue(values.indexOf(word + " ") >= 0 || values.indexOf(word + "\n") >= 0, word);
                }
            }
            assertEquals(5 + 2, rows, "23 answers in 5 rows of at most 5, then 7 others in 2 rows");
            JsonNode firstRows = first.message().path("components");
            assertEquals(5, firstRows.size(), "at most 5 rows in a message");
            String footer = Harness.embed(messages.get(messages.size() - 1))
                    .path("footer")
                    .path("text")
                    .asText();
            assertTrue(footer.length() <= 2048 && footer.contains("[source-0], as of 2026"), footer);
            assertTrue(footer.endsWith("/mentor sources lists them all"), "citations beyond 2048 are summarised");
            h.assertCleanTraffic();
        }
    }
}
