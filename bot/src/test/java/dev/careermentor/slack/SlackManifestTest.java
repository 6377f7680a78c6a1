package dev.careermentor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.careermentor.Fixtures;
import dev.careermentor.TestBot;
import dev.careermentor.app.MentorApp;
import dev.careermentor.app.SlackSettings;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.reply.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest an admin pastes into Slack matches what the adapter serves. */
class SlackManifestTest {
    private static JsonNode manifest() throws Exception {
        Path file = Path.of("..", "deploy", "slack-app-manifest.yaml");
        if (!Files.exists(file)) file = Path.of("deploy", "slack-app-manifest.yaml");
        return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    }

    @Test
    void createsTheMentorCommandAndInteractivityOnTheEventsPath() throws Exception {
        JsonNode m = manifest();
        JsonNode commands = m.path("features").path("slash_commands");
        assertEquals(2, commands.size());
        assertEquals(SlackListeners.COMMAND, commands.get(0).path("command").asText());
        assertEquals(
                SlackListeners.ADMIN_COMMAND, commands.get(1).path("command").asText());
        assertTrue(commands.get(0).path("url").asText().endsWith(SlackHttpServer.EVENTS));
        assertEquals(
                commands.get(0).path("url").asText(),
                commands.get(1).path("url").asText());
        assertTrue(m.path("settings").path("interactivity").path("is_enabled").asBoolean());
        assertEquals(
                commands.get(0).path("url").asText(),
                m.path("settings").path("interactivity").path("request_url").asText());
        assertFalse(m.path("settings").path("socket_mode_enabled").asBoolean(true), "HTTP mode by default");
    }

    @Test
    void asksForTheCommandsScopeOnly() throws Exception {
        JsonNode scopes = manifest().path("oauth_config").path("scopes");
        assertEquals(List.of("commands"), List.of(FakeSlack.JSON.convertValue(scopes.path("bot"), String[].class)));
        assertTrue(scopes.path("user").isMissingNode(), "no user scopes");
    }

    @Test
    void theDefaultScopesOfAnInstallAreTheManifestsBotScopes() throws Exception {
        JsonNode bot = manifest().path("oauth_config").path("scopes").path("bot");
        assertEquals(SlackSettings.DEFAULT_SCOPES, List.of(FakeSlack.JSON.convertValue(bot, String[].class)));
    }

    @Test
    void workspacesComeBackToTheInstallRedirectAndUninstallsReachTheEventsPath() throws Exception {
        JsonNode m = manifest();
        String commands =
                m.path("features").path("slash_commands").get(0).path("url").asText();
        String host = commands.substring(0, commands.length() - SlackHttpServer.EVENTS.length());
        JsonNode redirects = m.path("oauth_config").path("redirect_urls");
        assertEquals(1, redirects.size());
        assertEquals(host + ManyWorkspaces.REDIRECT, redirects.get(0).asText());
        JsonNode events = m.path("settings").path("event_subscriptions");
        assertEquals(commands, events.path("request_url").asText());
        assertEquals(
                List.of("app_uninstalled", "tokens_revoked"),
                List.of(FakeSlack.JSON.convertValue(events.path("bot_events"), String[].class)));
        assertTrue(events.path("user_events").isMissingNode(), "no user events");
    }

    @Test
    void theUsageHintShowsCommandsThatWork() throws Exception {
        String hint = manifest()
                .path("features")
                .path("slash_commands")
                .get(0)
                .path("usage_hint")
                .asText();
        TestBot bot = TestBot.real();
        for (String example : hint.split("\\|", -1)) {
            Reply r = bot.say(new User(Surface.SLACK, "T1", "U1"), example.strip());
            assertNotEquals(Reply.Kind.ERROR, r.kind(), example);
            if (!example.strip().equals("help")) assertNotEquals("Career Mentor: commands", r.title(), example);
        }
    }

    @Test
    void theAdminUsageHintShowsModeratorCommandsThatWork(@TempDir Path tmp) throws Exception {
        String hint = manifest()
                .path("features")
                .path("slash_commands")
                .get(1)
                .path("usage_hint")
                .asText();
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
        try (MentorApp app = MentorApp.builder(Fixtures.minimal())
                .clock(Fixtures.CLOCK)
                .moderation(dir, tmp.resolve("data"), null)
                .build()) {
            for (String example : hint.split("\\|", -1)) {
                Reply r = app.mentor().handleAdmin(new User(Surface.SLACK, "T1", "U1"), "mod", true, example.strip());
                assertNotEquals(Reply.Kind.ERROR, r.kind(), example + ": " + r.title());
                assertNotEquals("Moderator commands", r.title(), example);
            }
        }
    }
}
