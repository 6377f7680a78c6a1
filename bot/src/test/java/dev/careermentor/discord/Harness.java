package dev.careermentor.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.Root;
import dev.careermentor.app.DiscordSettings;
import dev.careermentor.core.Mentor;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeDiscord;
import dev.careermentor.discord.fake.Interaction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** A fake Discord with a real DiscordAdapter (and so a real JDA) connected to it. */
final class Harness implements AutoCloseable {
    static final Duration GRACE = Duration.ofSeconds(5);
    /** The process as it runs: these tests talk to the fake Discord in real time. */
    static final Root ROOT = Root.system(Map.of());

    final FakeDiscord discord;
    final DiscordAdapter adapter;

    private Harness(FakeDiscord discord, DiscordAdapter adapter) {
        this.discord = discord;
        this.adapter = adapter;
    }

    static Harness start(Mentor mentor) throws Exception {
        return start(mentor, true, DiscordAdapter.Timing.DEFAULT);
    }

    static Harness start(Mentor mentor, boolean onGuild, DiscordAdapter.Timing timing) throws Exception {
        FakeDiscord discord = FakeDiscord.start();
        DiscordAdapter adapter = ROOT.discord(discord.settings(onGuild), mentor, timing);
        try {
            adapter.start();
        } catch (Exception | Error e) {
            discord.close();
            throw e;
        }
        return new Harness(discord, adapter);
    }

    /** As production runs it: commands on the fake's server, its "Moderators" role may run /mentor-admin. */
    static Harness startWithModeratorRole(Mentor mentor) throws Exception {
        FakeDiscord discord = FakeDiscord.start();
        DiscordSettings s = discord.settings(true);
        DiscordAdapter adapter = ROOT.discord(
                new DiscordSettings(s.token(), s.guildId(), s.apiUrl(), s.gatewayUrl(), discord.moderatorRoleId),
                mentor);
        try {
            adapter.start();
        } catch (Exception | Error e) {
            discord.close();
            throw e;
        }
        return new Harness(discord, adapter);
    }

    /** A second adapter with a fresh core on the same fake Discord: the bot after a restart. */
    DiscordAdapter restartWith(Mentor mentor) throws Exception {
        adapter.stop(GRACE);
        DiscordAdapter next = ROOT.discord(discord.settings(true), mentor);
        next.start();
        return next;
    }

    static JsonNode embed(Exchange e) {
        JsonNode m = e.message();
        assertTrue(m != null && m.path("embeds").size() == 1, "one embed expected in " + e);
        return m.path("embeds").get(0);
    }

    static String texts(JsonNode embed) {
        StringBuilder sb = new StringBuilder(embed.path("title").asText())
                .append('\n')
                .append(embed.path("description").asText())
                .append('\n');
        for (JsonNode f : embed.path("fields"))
            sb.append(f.path("name").asText())
                    .append('\n')
                    .append(f.path("value").asText())
                    .append('\n');
        return sb.append(embed.path("footer").path("text").asText()).toString();
    }

    static List<String> customIds(JsonNode message) {
        return StreamSupport.stream(message.path("components").spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.path("components").spliterator(), false))
                .map(b -> b.path("custom_id").asText())
                .toList();
    }

    /** The custom_id of the button labelled {@code label} in a message payload. */
    static String button(JsonNode message, String label) {
        for (JsonNode row : message.path("components")) {
            for (JsonNode b : row.path("components")) {
                if (b.path("label").asText().equals(label))
                    return b.path("custom_id").asText();
            }
        }
        throw new AssertionError("no button '" + label + "' in " + message.path("components"));
    }

    static int flags(Exchange e) {
        return e.message().path("flags").asInt(0);
    }

    static boolean ephemeral(Exchange e) {
        return (flags(e) & 64) != 0;
    }

    int callbackType(Interaction i) throws InterruptedException {
        return discord.callback(i).body().path("type").asInt();
    }

    /**
     * Nothing Discord would refuse, and every payload with content or embeds turns mentions off
     * explicitly (edits included).
     */
    void assertCleanTraffic() {
        assertEquals(List.of(), discord.violations(), "requests Discord would refuse or not understand");
        assertEquals(List.of(), discord.rest().pings(), "mentions Discord would have turned into pings");
        for (Exchange e : discord.rest().exchanges()) {
            if (!e.carriesMessage()) continue;
            JsonNode allowed = e.message().get("allowed_mentions");
            assertTrue(
                    allowed != null
                            && allowed.path("parse").isArray()
                            && allowed.path("parse").isEmpty(),
                    "allowed_mentions.parse must be [] in " + e);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            adapter.stop(GRACE);
        } finally {
            discord.close();
        }
    }
}
