package dev.careermentor.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import dev.careermentor.ExpectedLogs;
import dev.careermentor.TestBot;
import dev.careermentor.app.DiscordSettings;
import dev.careermentor.core.Mentor;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeDiscord;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** start() either connects or fails fast, saying which setting is wrong. */
class StartupTest {
    private final Mentor mentor = TestBot.real().mentor();

    /** JDA reports the unreachable API and gateway these tests point it at, and its own abrupt stop: held back. */
    @RegisterExtension
    final ExpectedLogs logs = ExpectedLogs.of(
                    "net.dv8tion.jda", Level.ERROR, "There was an I/O error while executing a REST request")
            .and(
                    "net.dv8tion.jda",
                    Level.ERROR,
                    "Failed to establish connection for a node",
                    java.net.ConnectException.class)
            // A start that fails shuts JDA down at once; a REST worker interrupted mid-request says so.
            .and(
                    "net.dv8tion.jda",
                    Level.ERROR,
                    "Encountered exception trying to execute request",
                    IllegalStateException.class);

    @Test
    void aRefusedTokenFailsTheStartNamingTheVariable() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            DiscordAdapter adapter = Harness.ROOT.discord(discord.settings("MTIz.wrong.token", true), mentor);
            IllegalStateException e = assertThrows(IllegalStateException.class, adapter::start);
            assertTrue(e.getMessage().contains("DISCORD_TOKEN"), e.getMessage());
            assertFalse(adapter.ready());
            Exchange login = discord.rest().exchanges().get(0);
            assertEquals("GET /users/@me -> 401", login.method() + " " + login.path() + " -> " + login.status());
            assertEquals(List.of(), discord.gateway().connections(), "no gateway connection with a bad token");
            adapter.stop(Harness.GRACE);
        }
    }

    @Test
    void aServerTheAppIsNotInstalledInFailsTheStartWithTheInviteToFixIt() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            String stranger = "123456789012345678";
            DiscordSettings settings = new DiscordSettings(
                    discord.token,
                    stranger,
                    discord.rest().url(),
                    discord.gateway().url());
            DiscordAdapter adapter = Harness.ROOT.discord(settings, mentor);
            IllegalStateException e = assertThrows(IllegalStateException.class, adapter::start);
            assertTrue(e.getMessage().contains("DISCORD_GUILD_ID=" + stranger), e.getMessage());
            assertTrue(e.getMessage().contains("Missing Access (50001)"), e.getMessage());
            assertTrue(e.getMessage().contains("scope=applications.commands+bot&guild_id=" + stranger), e.getMessage());
            assertEquals(JDA.Status.SHUTDOWN, adapter.jda().getStatus(), "nothing left running");
            adapter.stop(Harness.GRACE);
        }
    }

    @Test
    void anUnreachableApiFailsTheStartNamingTheVariable() throws Exception {
        URI nowhere = URI.create("http://127.0.0.1:" + freePort() + "/api/v10/");
        DiscordAdapter adapter = Harness.ROOT.discord(
                new DiscordSettings("MTIz.abc.def", null, nowhere, URI.create("ws://127.0.0.1:" + freePort() + "/")),
                mentor);
        IllegalStateException e = assertThrows(IllegalStateException.class, adapter::start);
        assertTrue(
                e.getMessage().contains("DISCORD_API_URL") && e.getMessage().contains(nowhere.toString()),
                e.getMessage());
        adapter.stop(Harness.GRACE);
        ExpectedLogs.Event io = logs.awaitOne("I/O error", Duration.ofSeconds(5));
        assertTrue(io.message().contains("Failed to connect to /127.0.0.1:" + nowhere.getPort()), io.message());
    }

    @Test
    void aGatewayThatNeverAnswersFailsTheStartWithinItsTimeout() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            URI nowhere = URI.create("ws://127.0.0.1:" + freePort() + "/");
            DiscordSettings settings =
                    new DiscordSettings(discord.token, null, discord.rest().url(), nowhere);
            Duration timeout = Duration.ofSeconds(2);
            DiscordAdapter adapter = Harness.ROOT.discord(
                    settings, mentor, new DiscordAdapter.Timing(DiscordAdapter.Timing.DEFAULT.deferAfter(), timeout));
            long start = System.nanoTime();
            IllegalStateException e = assertThrows(IllegalStateException.class, adapter::start);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(e.getMessage().contains("DISCORD_GATEWAY_URL=" + nowhere), e.getMessage());
            assertTrue(took.compareTo(timeout.plusSeconds(3)) < 0, "gave up in time: " + took);
            assertFalse(adapter.ready());
            adapter.stop(Harness.GRACE);
            ExpectedLogs.Event refused = logs.awaitOne("Failed to establish connection", Duration.ofSeconds(5));
            assertTrue(refused.causedBy(java.net.ConnectException.class), String.valueOf(refused.thrown()));
        }
    }

    /** A port nothing listens on: bound, then released. */
    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
