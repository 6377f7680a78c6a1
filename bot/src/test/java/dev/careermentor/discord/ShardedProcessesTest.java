package dev.careermentor.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.careermentor.Fixtures;
import dev.careermentor.discord.fake.Exchange;
import dev.careermentor.discord.fake.FakeDiscord;
import dev.careermentor.discord.fake.FakeUser;
import dev.careermentor.discord.fake.Interaction;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test: one bot split over two processes, as Main runs it, each with half of four shards
 * (DISCORD_SHARDS=4, DISCORD_SHARD_IDS=0-1 and 2-3), against one fake Discord. Discord routes each
 * server's interactions to the shard {@code (guild >> 22) % 4}; each must be answered once, by the
 * process that runs that shard. Each process reaches the fake's REST API by its own route ({@code
 * /via/a/}, {@code /via/b/}), so the fake knows which process sent each answer.
 */
class ShardedProcessesTest {
    /** A cold JVM on a busy machine: loading classes and the knowledge, logging in, four shards. */
    private static final Duration START = Duration.ofSeconds(90);

    private static final Duration STOP = Duration.ofSeconds(30);
    private static final Pattern READY = Pattern.compile("ready: \\[discord] \\(ops on 127\\.0\\.0\\.1:(\\d+)\\)");
    private final FakeUser alice = FakeUser.person("alice");

    @Test
    void twoProcessesWithHalfTheShardsEachAnswerTheServersDiscordRoutesToTheirShards(@TempDir Path tmp)
            throws Exception {
        Path knowledge = knowledge(tmp);
        List<Child> children = new ArrayList<>();
        try (FakeDiscord discord = FakeDiscord.start()) {
            Child a = Child.start(tmp, "a", bot(discord, knowledge, tmp, "a", "0-1"));
            children.add(a);
            Child b = Child.start(tmp, "b", bot(discord, knowledge, tmp, "b", "2-3"));
            children.add(b);
            int opsA = a.awaitReady(), opsB = b.awaitReady();
            discord.gateway().awaitIdentified(4, List.of(0, 1, 2, 3), FakeDiscord.WAIT);
            assertEquals(4, discord.gateway().identified().size(), "each shard identified once, by one process");
            assertTrue(a.log().contains("Discord: this process runs shards 0-1 of 4"), a.log());
            assertTrue(b.log().contains("Discord: this process runs shards 2-3 of 4"), b.log());
            assertEquals(200, status(opsA, "/health/ready"), a.log());
            assertEquals(200, status(opsB, "/health/ready"), b.log());

            Map<Interaction, String> owner = new LinkedHashMap<>();
            for (int round = 0; round < 2; round++) {
                for (int shard = 0; shard < 4; shard++) {
                    Interaction i = discord.slashInGuild(
                            alice, discord.guildOnShard(shard, 4), "salary", Map.of("name", "serving"));
                    assertEquals(shard, discord.gateway().deliveredOn(i.id()));
                    owner.put(i, shard < 2 ? "a" : "b");
                }
            }
            Interaction dm = discord.slashInDm(alice, "salary", Map.of("name", "serving"));
            assertEquals(0, discord.gateway().deliveredOn(dm.id()), "DMs go to shard 0");
            owner.put(dm, "a");
            Interaction home = discord.slash(alice, "salary", Map.of("name", "serving"));
            owner.put(home, discord.gateway().shardOf(discord.guildId) < 2 ? "a" : "b");

            for (Map.Entry<Interaction, String> e : owner.entrySet()) {
                Interaction i = e.getKey();
                Exchange answer = discord.answer(i);
                assertEquals(200, answer.status(), answer.toString());
                assertTrue(Harness.embed(answer).path("title").asText().length() > 0, answer.toString());
                List<Exchange> requests = discord.requestsOf(i);
                assertEquals(
                        1,
                        requests.stream()
                                .filter(x -> x.path().startsWith("/interactions/"))
                                .count(),
                        "acknowledged exactly once: " + requests);
                for (Exchange x : requests) {
                    assertEquals(
                            e.getValue(),
                            x.via(),
                            "answered by the process running shard "
                                    + discord.gateway().deliveredOn(i.id()) + ": " + x);
                }
            }

            List<Exchange> registrations = discord.rest().exchanges().stream()
                    .filter(x -> x.is("PUT", "/applications/\\d+/commands"))
                    .toList();
            assertEquals(1, registrations.size(), "/mentor registered once: " + registrations);
            assertEquals("a", registrations.get(0).via(), "by the process running shard 0");
            assertTrue(b.log().contains("Discord: /mentor is registered by the process running shard 0 of 4"), b.log());
            assertEquals(List.of(), discord.violations());

            a.stop();
            b.stop();
            assertTrue(a.log().contains("Discord: shards 0-1 of 4 disconnected"), a.log());
            assertTrue(b.log().contains("Discord: shards 2-3 of 4 disconnected"), b.log());
        } finally {
            children.forEach(Child::kill);
        }
    }

    @Test
    void shardSettingsTheBotCannotRunAreRefusedAtStartSayingWhatToWrite(@TempDir Path tmp) throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MENTOR_KNOWLEDGE_DIR", knowledge(tmp).toString());
        env.put("MENTOR_DATA_DIR", tmp.resolve("data").toString());
        env.put("MENTOR_OPS_PORT", "0");
        env.put("DISCORD_TOKEN", "aaa.bbb.ccc");
        env.put("DISCORD_API_URL", "http://127.0.0.1:1/api/v10/"); // never reached
        env.put("DISCORD_SHARDS", "4");
        env.put("DISCORD_SHARD_IDS", "2-5");
        Child child = Child.start(tmp, "bad", env);
        try {
            assertTrue(child.process.waitFor(START.toSeconds(), TimeUnit.SECONDS), "refused and ended");
            assertEquals(2, child.process.exitValue(), child.log());
            assertTrue(
                    child.log().contains("Career Mentor cannot start: the configuration has problems."), child.log());
            assertTrue(
                    child.log()
                            .contains("DISCORD_SHARD_IDS has shard 5, but DISCORD_SHARDS=4 numbers the shards 0 to 3: "
                                    + "ids start at 0. Raise DISCORD_SHARDS or use ids below 4."),
                    child.log());
            assertFalse(child.log().contains("Login Successful"), "nothing connected");
        } finally {
            child.kill();
        }
    }

    private static Path knowledge(Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(dir.resolve("knowledge.yaml"), Fixtures.minimalText());
        return dir;
    }

    /** What a process of the sharded bot is given: the same token and gateway, its own shards and files. */
    private static Map<String, String> bot(FakeDiscord discord, Path knowledge, Path tmp, String name, String shards) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MENTOR_KNOWLEDGE_DIR", knowledge.toString());
        env.put("MENTOR_DATA_DIR", tmp.resolve("data-" + name).toString());
        env.put("MENTOR_WATCH_KNOWLEDGE", "false");
        env.put("MENTOR_OPS_PORT", "0");
        env.put("DISCORD_TOKEN", discord.token);
        env.put("DISCORD_API_URL", discord.rest().url(name).toString());
        env.put("DISCORD_GATEWAY_URL", discord.gateway().url().toString());
        env.put("DISCORD_SHARDS", "4");
        env.put("DISCORD_SHARD_IDS", shards);
        return env;
    }

    private static int status(int port, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** The bot as Main runs it, in a JVM of its own; everything it prints goes to a file. */
    private record Child(String name, Process process, Path output) {
        static Child start(Path tmp, String name, Map<String, String> env) throws IOException {
            Path output = tmp.resolve(name + ".log");
            ProcessBuilder pb = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-XX:+UseSerialGC",
                            "-XX:TieredStopAtLevel=1",
                            "-cp",
                            System.getProperty("java.class.path"),
                            "dev.careermentor.Main")
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            // Only what the test gives: no setting of the bot inherited from the machine running the build.
            pb.environment()
                    .keySet()
                    .removeIf(k -> k.startsWith("MENTOR_") || k.startsWith("DISCORD_") || k.startsWith("SLACK_"));
            pb.environment().putAll(env);
            return new Child(name, pb.start(), output);
        }

        /** Waits for the line Bot logs once every platform started; returns the ops port it names. */
        int awaitReady() throws Exception {
            long deadline = System.nanoTime() + START.toNanos();
            while (System.nanoTime() < deadline) {
                Matcher m = READY.matcher(log());
                if (m.find()) return Integer.parseInt(m.group(1));
                if (!process.isAlive()) {
                    throw new AssertionError("process " + name + " ended with " + process.exitValue() + ":\n" + log());
                }
                Thread.sleep(100);
            }
            throw new AssertionError("process " + name + " not ready within " + START + ":\n" + log());
        }

        /** SIGTERM, as an orchestrator stops the bot: the graceful shutdown. */
        void stop() throws InterruptedException {
            process.destroy();
            assertTrue(process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS), "process " + name + " stopped:\n" + log());
        }

        void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        String log() {
            try {
                // Not readString: the child may be halfway through writing a character.
                return new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(no output: " + e + ")";
            }
        }
    }
}
