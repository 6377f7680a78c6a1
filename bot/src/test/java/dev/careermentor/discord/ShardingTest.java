package dev.careermentor.discord;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import dev.careermentor.Bot;
import dev.careermentor.ExpectedLogs;
import dev.careermentor.Fixtures;
import dev.careermentor.Root;
import dev.careermentor.TestBot;
import dev.careermentor.app.Config;
import dev.careermentor.app.DiscordSettings;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeDiscord;
import dev.careermentor.discord.fake.FakeUser;
import dev.careermentor.discord.fake.Interaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One process running every shard (DISCORD_SHARDS) against the fake Discord, which routes each server's
 * interactions to the shard {@code (guild >> 22) % total} as Discord does: each is answered, readiness
 * needs every shard, and stopping takes every shard down.
 */
class ShardingTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int SHARDS = 4;
    private final HttpClient http = HttpClient.newHttpClient();
    private final FakeUser alice = FakeUser.person("alice");

    /** What JDA reports when the fake closes a connection on purpose (4011, or refusing connections): held back. */
    @RegisterExtension
    final ExpectedLogs logs = ExpectedLogs.of(
                    "net.dv8tion.jda", Level.ERROR, "cannot be recovered due to identification issues")
            .and("net.dv8tion.jda", Level.ERROR, "Encountered IDENTIFY Rate Limit!")
            .and("net.dv8tion.jda", Level.WARN, "WebSocket connection closed with code 1013")
            .and("net.dv8tion.jda", Level.WARN, "Got disconnected from WebSocket (Code 1013)");

    @Test
    void aBotRunningFourShardsAnswersServersOnEveryShardAndIsReadyOnlyWhileAllAreConnected(@TempDir Path tmp)
            throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
        try (FakeDiscord discord = FakeDiscord.start()) {
            var s = discord.settings(false);
            Config config = Config.from(Map.of(
                    "MENTOR_KNOWLEDGE_DIR", dir.toString(),
                    "MENTOR_DATA_DIR", tmp.resolve("data").toString(),
                    "MENTOR_OPS_PORT", "0",
                    "DISCORD_TOKEN", s.token(),
                    "DISCORD_API_URL", s.apiUrl().toString(),
                    "DISCORD_GATEWAY_URL", s.gatewayUrl().toString(),
                    "DISCORD_SHARDS", Integer.toString(SHARDS)));
            List<JDA> shards;
            try (Bot bot = Root.system(Map.of()).bot(config, Fixtures.minimal())) {
                DiscordAdapter adapter = (DiscordAdapter) bot.adapters().get(0);
                ShardedConnection sharded = adapter.sharded();
                assertNotNull(sharded, "DISCORD_SHARDS runs the ShardManager");
                assertEquals(null, adapter.jda(), "not the single connection");
                assertEquals(List.of(0, 1, 2, 3), sharded.mine());
                assertEquals(
                        Set.of("0/4", "1/4", "2/4", "3/4"),
                        Set.copyOf(discord.gateway().identified()),
                        "each shard identified once with shard: [id, 4]");
                assertEquals(
                        4,
                        discord.gateway().identified().size(),
                        discord.gateway().identified().toString());
                int port = bot.ops().port();
                assertEquals(200, status(port, "/health/ready"), "ready once start returned");

                for (int shard = 0; shard < SHARDS; shard++) {
                    String guild = discord.guildOnShard(shard, SHARDS);
                    Interaction i = discord.slashInGuild(alice, guild, "salary", Map.of("name", "serving"));
                    assertEquals(shard, discord.gateway().deliveredOn(i.id()), "Discord's routing");
                    assertAnswered(discord, i);
                }
                Interaction dm = discord.slashInDm(alice, "salary", Map.of("name", "serving"));
                assertEquals(0, discord.gateway().deliveredOn(dm.id()), "DMs go to shard 0");
                assertAnswered(discord, dm);
                int home = discord.gateway().shardOf(discord.guildId);
                assertNotNull(
                        sharded.shard(home).getGuildById(discord.guildId),
                        "the server the bot is in arrived on its own shard " + home);

                assertEquals(
                        1,
                        discord.rest().exchanges().stream()
                                .filter(e -> e.is("PUT", "/applications/\\d+/commands"))
                                .count(),
                        "/mentor registered once, globally");

                discord.gateway().refuseConnections(true);
                discord.gateway().dropConnection(2);
                await("one shard down: not ready").atMost(WAIT).until(() -> status(port, "/health/ready") == 503);
                assertFalse(adapter.ready());
                assertEquals(200, status(port, "/health/live"), "the process still answers");
                discord.gateway().refuseConnections(false);
                await("every shard back: ready").atMost(WAIT).until(() -> status(port, "/health/ready") == 200);
                Interaction after = discord.slashInGuild(
                        alice, discord.guildOnShard(2, SHARDS), "salary", Map.of("name", "serving"));
                assertAnswered(discord, after);
                shards = sharded.manager().getShards();
            }
            assertEquals(SHARDS, shards.size());
            for (JDA j : shards)
                assertEquals(
                        JDA.Status.SHUTDOWN, j.getStatus(), j.getShardInfo().getShardString());
            await("every gateway connection is closed")
                    .atMost(WAIT)
                    .until(() -> discord.gateway().liveShards().isEmpty());
            assertEquals(List.of(), discord.violations());
        }
    }

    @Test
    void autoRunsTheCountDiscordRecommendsAndRegistersOnTheServerFromItsShard() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            discord.rest().gatewayBot(3, 16);
            DiscordAdapter adapter = Harness.ROOT.discord(
                    discord.settings(true).withShards(DiscordSettings.Shards.all(DiscordSettings.Shards.AUTO)),
                    TestBot.real().mentor());
            try {
                adapter.start();
                ShardedConnection sharded = adapter.sharded();
                assertNotNull(sharded);
                assertEquals(3, sharded.total());
                assertEquals(
                        Set.of("0/3", "1/3", "2/3"),
                        Set.copyOf(discord.gateway().identified()));
                int home = discord.gateway().shardOf(discord.guildId);
                assertEquals(home, DiscordAdapter.registrar(discord.guildId, 3));
                assertNotNull(discord.rest().commands(discord.guildId), "registered on DISCORD_GUILD_ID");
                assertEquals(null, discord.rest().commands(null), "not globally");
                for (int shard = 0; shard < 3; shard++) {
                    assertAnswered(
                            discord,
                            discord.slashInGuild(
                                    alice, discord.guildOnShard(shard, 3), "salary", Map.of("name", "mlops")));
                }
                assertAnswered(discord, discord.slash(alice, "salary", Map.of("name", "mlops")));
                assertTrue(adapter.ready());
            } finally {
                adapter.stop(Harness.GRACE);
            }
            assertFalse(adapter.ready());
            assertEquals(List.of(), discord.violations());
        }
    }

    @Test
    void anUnshardedBotDiscordRequiresToShardFailsTheStartNamingDiscordShards() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            discord.gateway().requireSharding(true);
            DiscordAdapter adapter =
                    Harness.ROOT.discord(discord.settings(true), TestBot.real().mentor());
            IllegalStateException e = assertThrows(IllegalStateException.class, adapter::start);
            assertTrue(e.getMessage().contains("close code 4011"), e.getMessage());
            assertTrue(e.getMessage().contains("set DISCORD_SHARDS=auto"), e.getMessage());
            assertFalse(adapter.ready());
            adapter.stop(Harness.GRACE);
        }
    }

    @Test
    void aRefusedTokenFailsTheShardedStartNamingTheVariableWithNothingLeftRunning() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            DiscordAdapter adapter = Harness.ROOT.discord(
                    discord.settings("MTIz.wrong.token", true).withShards(DiscordSettings.Shards.all(2)),
                    TestBot.real().mentor());
            IllegalStateException e = assertThrows(IllegalStateException.class, adapter::start);
            assertTrue(e.getMessage().contains("Discord refused DISCORD_TOKEN"), e.getMessage());
            assertEquals(null, adapter.sharded());
            assertEquals(List.of(), discord.gateway().connections(), "no gateway connection with a bad token");
            adapter.stop(Harness.GRACE);
        }
    }

    @Test
    void aShardThatNeverConnectsFailsTheStartWithinItsTimeoutNamingItWithNothingLeftRunning() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            discord.gateway().refuseConnections(true);
            DiscordAdapter adapter = Harness.ROOT.discord(
                    discord.settings(false).withShards(new DiscordSettings.Shards(2, List.of(1))),
                    TestBot.real().mentor(),
                    new DiscordAdapter.Timing(DiscordAdapter.Timing.DEFAULT.deferAfter(), Duration.ofSeconds(2)));
            IllegalStateException e = assertThrows(IllegalStateException.class, adapter::start);
            assertTrue(
                    e.getMessage()
                            .contains("did not connect shards 1 of 2 within 2s at DISCORD_GATEWAY_URL="
                                    + discord.gateway().url()),
                    e.getMessage());
            assertFalse(adapter.ready());
            ShardedConnection sharded = adapter.sharded();
            assertNotNull(sharded);
            for (JDA j : sharded.manager().getShards()) assertEquals(JDA.Status.SHUTDOWN, j.getStatus());
            adapter.stop(Harness.GRACE);
        }
    }

    @Test
    void globalCommandsAreRegisteredFromShardZeroAndAServersFromTheShardItIsOn() {
        assertEquals(0, DiscordAdapter.registrar(null, 8));
        long guild = (1_234_567L << 22) | 42;
        assertEquals((int) (1_234_567L % 8), DiscordAdapter.registrar(Long.toString(guild), 8));
        assertEquals(0, DiscordAdapter.registrar(Long.toString(guild), 1));
    }

    /** Acknowledged once, with an answer (not an error). */
    static void assertAnswered(FakeDiscord discord, Interaction i) throws InterruptedException {
        Exchange answer = discord.answer(i);
        assertEquals(200, answer.status(), answer.toString());
        assertTrue(Harness.embed(answer).path("title").asText().length() > 0, answer.toString());
        long acks = discord.rest().exchanges().stream()
                .filter(e -> e.path().startsWith("/interactions/" + i.id() + "/"))
                .count();
        assertEquals(1, acks, "acknowledged once");
    }

    private int status(int port, String path) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
