package dev.careermentor.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.TestBot;
import dev.careermentor.core.Mentor;
import dev.careermentor.core.command.Command;
import dev.careermentor.core.command.FixedChoices;
import dev.careermentor.core.command.Param;
import dev.careermentor.core.knowledge.NameIndex;
import dev.careermentor.core.knowledge.model.Topic;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeUser;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** /mentor reaches Discord with every subcommand and option, on the configured server or globally. */
class RegistrationTest {
    private final Mentor mentor = TestBot.real().mentor();

    @Test
    void withAGuildIdTheCommandsGoToThatServerOnly() throws Exception {
        try (Harness h = Harness.start(mentor, true, DiscordAdapter.Timing.DEFAULT)) {
            List<Exchange> puts = h.discord.rest().exchanges().stream()
                    .filter(e -> e.method().equals("PUT"))
                    .toList();
            assertEquals(1, puts.size(), "one bulk overwrite: " + puts);
            assertEquals(
                    "/applications/" + h.discord.applicationId + "/guilds/" + h.discord.guildId + "/commands",
                    puts.get(0).path());
            assertEquals(200, puts.get(0).status());
            assertEquals(null, h.discord.rest().commands(null), "nothing registered globally");
            JsonNode mentor = single(h.discord.rest().commands(h.discord.guildId));
            assertEquals(List.of("0"), strings(mentor.path("contexts")), "guild commands only exist in guilds");
            assertEveryCommandAndOption(mentor);
            assertTrue(h.adapter.ready());
            assertTrue(h.adapter.jda().getGuildById(h.discord.guildId) != null, "GUILD_CREATE understood");
            h.assertCleanTraffic();
        }
    }

    @Test
    void withoutAGuildIdTheCommandsAreGlobalAndWorkInDms() throws Exception {
        try (Harness h = Harness.start(mentor, false, DiscordAdapter.Timing.DEFAULT)) {
            List<Exchange> puts = h.discord.rest().exchanges().stream()
                    .filter(e -> e.method().equals("PUT"))
                    .toList();
            assertEquals(1, puts.size());
            assertEquals(
                    "/applications/" + h.discord.applicationId + "/commands",
                    puts.get(0).path());
            JsonNode mentor = single(h.discord.rest().commands(null));
            assertEquals(Set.of("0", "1"), Set.copyOf(strings(mentor.path("contexts"))), "servers and bot DMs");
            assertEveryCommandAndOption(mentor);

            FakeUser alice = FakeUser.person("alice");
            Exchange inDm = h.discord.callback(h.discord.slashInDm(alice, "salary", Map.of("name", "research")));
            assertTrue(Harness.texts(Harness.embed(inDm)).contains("$200K–$400K"), "answered in a DM");
            Exchange elsewhere =
                    h.discord.callback(h.discord.slashInOtherServer(alice, "salary", Map.of("name", "research")));
            assertTrue(
                    Harness.texts(Harness.embed(elsewhere)).contains("$200K–$400K"),
                    "answered in a server the bot is not in (a detached guild for JDA)");
            h.assertCleanTraffic();
        }
    }

    @Test
    void theInviteUrlAsksForTheBotAndCommandScopesAndNoPermissions() throws Exception {
        try (Harness h = Harness.start(mentor)) {
            URI invite = URI.create(DiscordAdapter.invite(h.adapter.jda(), h.discord.guildId));
            assertEquals("discord.com", invite.getHost());
            Map<String, String> q = Arrays.stream(invite.getQuery().split("&"))
                    .collect(Collectors.toMap(p -> p.split("=", 2)[0], p -> p.split("=", 2)[1]));
            assertEquals(h.discord.applicationId, q.get("client_id"));
            assertEquals(
                    Set.of("bot", "applications.commands"),
                    Set.of(q.get("scope").split("[+ ]")));
            assertEquals(h.discord.guildId, q.get("guild_id"));
            assertFalse(q.containsKey("permissions"), "answers go through interaction webhooks: no permissions");
        }
    }

    private void assertEveryCommandAndOption(JsonNode registered) {
        assertEquals("mentor", registered.path("name").asText());
        assertTrue(registered.path("description").asText().length() <= 100);
        List<JsonNode> subs = new ArrayList<>();
        registered.path("options").forEach(subs::add);
        List<Command> commands = mentor.commands();
        List<String> expected =
                new ArrayList<>(commands.stream().map(Command::name).toList());
        List<Topic> shortcuts = mentor.knowledge().topics().all().stream()
                .filter(t -> t.command() != null)
                .toList();
        shortcuts.forEach(t -> expected.add(t.command()));
        assertEquals(expected, subs.stream().map(s -> s.path("name").asText()).toList());
        for (int i = 0; i < shortcuts.size(); i++) {
            JsonNode sub = subs.get(commands.size() + i);
            assertEquals(shortcuts.get(i).name(), sub.path("description").asText(), "a topic's own subcommand");
            JsonNode part = option(sub, "part");
            assertEquals(3, part.path("type").asInt());
            assertTrue(part.path("autocomplete").asBoolean(false), "its parts autocomplete");
        }
        for (int i = 0; i < commands.size(); i++) {
            Command c = commands.get(i);
            JsonNode sub = subs.get(i);
            assertEquals(1, sub.path("type").asInt(), c.name() + " is a subcommand");
            assertEquals(c.summary(), sub.path("description").asText());
            assertEquals(c.params().size(), sub.path("options").size(), c.name());
            for (Param p : c.params()) {
                JsonNode o = option(sub, p.name());
                String where = c.name() + " " + p.name();
                assertEquals(3, o.path("type").asInt(), where + " is a string");
                assertEquals(p.required(), o.path("required").asBoolean(false), where + " required");
                boolean named = p.type() != Param.Type.LEVEL && p.type() != Param.Type.TEXT;
                assertEquals(named, o.path("autocomplete").asBoolean(false), where + " autocomplete");
                List<String> fixed = c instanceof FixedChoices f
                        ? f.choices(p.name()).stream()
                                .map(NameIndex.Suggestion::id)
                                .toList()
                        : List.of();
                if (p.type() == Param.Type.LEVEL) {
                    assertEquals(List.of("early", "senior"), o.path("choices").findValuesAsText("value"), where);
                } else if (!fixed.isEmpty()) {
                    assertEquals(fixed, o.path("choices").findValuesAsText("value"), where + ": lang zh|en");
                } else {
                    assertTrue(o.path("choices").isEmpty(), where + " has no fixed choices");
                }
            }
        }
    }

    private static JsonNode option(JsonNode sub, String name) {
        for (JsonNode o : sub.path("options")) if (o.path("name").asText().equals(name)) return o;
        throw new AssertionError("no option " + name + " in " + sub);
    }

    private static JsonNode single(JsonNode commands) {
        assertEquals(1, commands.size(), "only /mentor is registered: " + commands);
        return commands.get(0);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
