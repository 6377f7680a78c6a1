package dev.careermentor.discord;

import static dev.careermentor.discord.Harness.button;
import static dev.careermentor.discord.Harness.embed;
import static dev.careermentor.discord.Harness.ephemeral;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.Fixtures;
import dev.careermentor.app.DiscordSettings;
import dev.careermentor.app.MentorApp;
import dev.careermentor.core.admin.AdminCommand;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeDiscord;
import dev.careermentor.discord.fake.FakeUser;
import dev.careermentor.discord.fake.Interaction;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /mentor-admin and Outdated? reports through the real JDA client and the fake Discord. */
class DiscordModerationTest {
    @TempDir
    Path tmp;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final FakeUser member = FakeUser.person("member");
    private final FakeUser owner = FakeUser.person("owner");
    private final FakeUser helper = FakeUser.person("helper");
    private MentorApp app;
    private FakeDiscord discord;
    private DiscordAdapter adapter;

    @BeforeEach
    void start() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
        app = MentorApp.builder(Fixtures.minimal())
                .clock(Fixtures.CLOCK)
                .metrics(registry)
                .moderation(dir, tmp.resolve("data"), null)
                .build();
        discord = FakeDiscord.start();
        DiscordSettings s = discord.settings(true);
        adapter = Harness.ROOT.discord(
                new DiscordSettings(s.token(), s.guildId(), s.apiUrl(), s.gatewayUrl(), discord.moderatorRoleId),
                app.mentor());
        adapter.start();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            assertEquals(List.of(), discord.violations());
            assertEquals(List.of(), discord.rest().pings());
        } finally {
            adapter.stop(Harness.GRACE);
            discord.close();
            app.close();
        }
    }

    @Test
    void mentorAdminIsRegisteredForManageServerOnServersOnly() {
        JsonNode admin = null;
        for (JsonNode c : discord.rest().commands(discord.guildId)) {
            if (c.path("name").asText().equals("mentor-admin")) admin = c;
        }
        assertTrue(admin != null, "registered in the same update as /mentor");
        assertEquals(
                Long.toString(FakeDiscord.MANAGE_SERVER),
                admin.path("default_member_permissions").asText());
        assertEquals(1, admin.path("contexts").size(), "servers only: a DM has no Manage Server");
        assertEquals("0", admin.path("contexts").get(0).asText());
        List<String> subs = new ArrayList<>();
        admin.path("options").forEach(o -> subs.add(o.path("name").asText()));
        assertEquals(
                app.mentor().adminCommands().stream().map(AdminCommand::name).toList(), subs);
    }

    @Test
    void aMemberWithoutPermissionIsRefusedAndTheRefusalCounted() throws Exception {
        Interaction i = discord.slashAs(member, "mentor-admin", "reload", Map.of(), 0, List.of());
        Exchange reply = discord.callback(i);
        assertTrue(ephemeral(reply));
        assertEquals("Only moderators can do that", embed(reply).path("title").asText());
        assertEquals(
                1.0,
                registry.get("mentor.refusals")
                        .tag("reason", "permission")
                        .tag("surface", "discord")
                        .counter()
                        .count(),
                "the series for each surface exists from start, at 0; Discord's counted this one");
        assertTrue(app.moderation().reloader().lastAttempt() == null, "nothing was reloaded");
    }

    @Test
    void manageServerOrTheModeratorRoleMayRunThem() throws Exception {
        Exchange status = discord.callback(discord.slashAs(
                owner, "mentor-admin", "status", Map.of(), FakeDiscord.MANAGE_SERVER, List.of(discord.adminRoleId)));
        assertEquals("Knowledge status", embed(status).path("title").asText());
        Exchange history = discord.callback(discord.slashAs(
                helper, "mentor-admin", "history", Map.of("n", "3"), 0, List.of(discord.moderatorRoleId)));
        assertEquals("Audit history", embed(history).path("title").asText());
        assertTrue(ephemeral(history));
    }

    @Test
    void aReloadRecordsTheDiscordModeratorInTheAuditLog() throws Exception {
        Path file = tmp.resolve("knowledge/knowledge.yaml");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace("summary: \"Make models fast.\"", "summary: \"Make models fast and cheap.\""));
        // A reload reads and validates the file: on a busy machine it may outlast the deferral threshold.
        Exchange reloaded = discord.answer(discord.slashAs(
                owner, "mentor-admin", "reload", Map.of(), FakeDiscord.MANAGE_SERVER, List.of(discord.adminRoleId)));
        assertTrue(
                embed(reloaded).path("title").asText().startsWith("Reloaded"),
                embed(reloaded).toString());
        var entry = app.moderation().reloader().audit().recent(1).get(0);
        assertEquals("discord", entry.actor().surface());
        assertEquals(owner.id(), entry.actor().userId());
        assertEquals(discord.guildId, entry.actor().workspace());
    }

    @Test
    void anOutdatedClickIsRecordedAndThanked() throws Exception {
        Interaction ask = discord.slash(member, "salary", Map.of("name", "serving"));
        Exchange answer = discord.callback(ask);
        String message = discord.rest().original(ask);
        Interaction click = discord.click(member, message, button(answer.message(), "Outdated?"));
        Exchange thanks = discord.callback(click);
        assertTrue(ephemeral(thanks));
        assertEquals("Thanks for the report", embed(thanks).path("title").asText());
        assertEquals(1, app.moderation().reports().size());
        assertEquals("discord", app.moderation().reports().latest(1).get(0).surface());
    }
}
