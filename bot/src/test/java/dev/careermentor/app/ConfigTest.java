package dev.careermentor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings an operator gives the bot: refused when wrong, read from files when mounted as secrets. */
class ConfigTest {
    @TempDir
    Path tmp;

    private static String problems(Map<String, String> env) {
        return String.join(
                "\n",
                assertThrows(ConfigException.class, () -> Config.from(env)).problems());
    }

    @Test
    void anUnknownLogLevelOrFormatIsRefusedNotSilentlyDebug() {
        assertTrue(problems(Map.of("MENTOR_LOG_LEVEL", "verbose")).contains("MENTOR_LOG_LEVEL=verbose is not one of"));
        assertTrue(problems(Map.of("MENTOR_LOG_FORMAT", "xml")).contains("MENTOR_LOG_FORMAT=xml is not plain or json"));
        Config.from(Map.of("MENTOR_LOG_LEVEL", "debug", "MENTOR_LOG_FORMAT", "json")); // accepted
    }

    @Test
    void secretsCanComeFromFilesAsDockerAndKubernetesMountThem() throws Exception {
        Path token = Files.writeString(tmp.resolve("discord-token"), "aaa.bbb.ccc\n");
        Config c = Config.from(Map.of("DISCORD_TOKEN_FILE", token.toString()));
        assertEquals("aaa.bbb.ccc", c.discord().token(), "read and trimmed");
        assertTrue(problems(Map.of("DISCORD_TOKEN_FILE", tmp.resolve("missing").toString()))
                .contains("DISCORD_TOKEN_FILE=" + tmp.resolve("missing") + " cannot be read"));
        assertTrue(problems(Map.of("DISCORD_TOKEN", "a.b.c", "DISCORD_TOKEN_FILE", token.toString()))
                .contains("both DISCORD_TOKEN and DISCORD_TOKEN_FILE are set"));
    }

    private static Map<String, String> discord(String... more) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("DISCORD_TOKEN", "aaa.bbb.ccc"));
        for (int i = 0; i < more.length; i += 2) env.put(more[i], more[i + 1]);
        return env;
    }

    @Test
    void withoutDiscordShardsTheBotRunsOneUnshardedConnection() {
        assertEquals(null, Config.from(discord()).discord().shards());
    }

    @Test
    void discordShardsIsAutoOrTheTotalAndShardIdsTheRangesThisProcessRuns() {
        DiscordSettings.Shards auto =
                Config.from(discord("DISCORD_SHARDS", "auto")).discord().shards();
        assertEquals(new DiscordSettings.Shards(DiscordSettings.Shards.AUTO, List.of()), auto);
        assertEquals(List.of(0, 1, 2), auto.idsOf(3), "with auto, every shard Discord recommends");
        assertEquals(
                DiscordSettings.Shards.all(4),
                Config.from(discord("DISCORD_SHARDS", "4")).discord().shards());
        assertEquals(
                new DiscordSettings.Shards(8, List.of(4, 5, 6, 7)),
                Config.from(discord("DISCORD_SHARDS", "8", "DISCORD_SHARD_IDS", "4-7"))
                        .discord()
                        .shards());
        DiscordSettings.Shards mixed = Config.from(discord("DISCORD_SHARDS", "8", "DISCORD_SHARD_IDS", "5-7, 0,2 ,6"))
                .discord()
                .shards();
        assertEquals(List.of(0, 2, 5, 6, 7), mixed.ids(), "lists and ranges, sorted, each shard once");
        assertEquals("0,2,5-7", DiscordSettings.Shards.ranges(mixed.ids()));
        assertEquals(List.of(), Config.unknownVariables(discord("DISCORD_SHARDS", "2", "DISCORD_SHARD_IDS", "1")));
    }

    @Test
    void aDiscordShardCountThatIsNotAutoOrAPositiveNumberIsRefused() {
        for (String bad : List.of("four", "0", "-2", "1.5", "100001")) {
            assertTrue(
                    problems(discord("DISCORD_SHARDS", bad))
                            .contains("DISCORD_SHARDS=" + bad + " is not auto or a number of shards from 1 to 100000"),
                    bad);
        }
    }

    @Test
    void shardIdsThatAreNotIdsRunBackwardsOrPassTheTotalAreRefusedSayingWhatToWrite() {
        assertTrue(problems(discord("DISCORD_SHARDS", "4", "DISCORD_SHARD_IDS", "0-1,x"))
                .contains("DISCORD_SHARD_IDS has 'x', which is not a shard id or a range of them: write ids and "
                        + "ranges separated by commas, like 0-3 or 0,2,5-7."));
        assertTrue(problems(discord("DISCORD_SHARDS", "4", "DISCORD_SHARD_IDS", "-1"))
                .contains("DISCORD_SHARD_IDS has '-1', which is not a shard id"));
        assertTrue(problems(discord("DISCORD_SHARDS", "8", "DISCORD_SHARD_IDS", "7-4"))
                .contains("DISCORD_SHARD_IDS has the range 7-4, which runs backwards: write it 4-7."));
        assertTrue(problems(discord("DISCORD_SHARDS", "4", "DISCORD_SHARD_IDS", "2-4"))
                .contains("DISCORD_SHARD_IDS has shard 4, but DISCORD_SHARDS=4 numbers the shards 0 to 3: ids start "
                        + "at 0. Raise DISCORD_SHARDS or use ids below 4."));
        assertTrue(problems(discord("DISCORD_SHARDS", "4", "DISCORD_SHARD_IDS", ","))
                .contains("DISCORD_SHARD_IDS=, names no shard"));
    }

    @Test
    void shardIdsNeedAFixedShardCountAndShardSettingsNeedTheToken() {
        assertTrue(problems(discord("DISCORD_SHARD_IDS", "0-3"))
                .contains("DISCORD_SHARD_IDS is set but DISCORD_SHARDS is not: set DISCORD_SHARDS to the number of "
                        + "shards across all processes"));
        assertTrue(problems(discord("DISCORD_SHARDS", "auto", "DISCORD_SHARD_IDS", "0-3"))
                .contains("DISCORD_SHARD_IDS=0-3 needs a number in DISCORD_SHARDS, not auto"));
        assertTrue(problems(Map.of("DISCORD_SHARDS", "4"))
                .contains("DISCORD_SHARDS is set but DISCORD_TOKEN is not: set the bot token too, or unset "
                        + "DISCORD_SHARDS."));
        assertTrue(problems(Map.of("DISCORD_SHARD_IDS", "0"))
                .contains("DISCORD_SHARD_IDS is set but DISCORD_TOKEN is not"));
    }

    @Test
    void aMisspelledVariableIsNamedWithWhatItResembles() {
        List<String> unknown = Config.unknownVariables(
                Map.of("SLACK_TOKEN", "xoxb-1", "MENTOR_OPS_PROT", "9090", "DISCORD_TOKEN_FILE", "/x", "PATH", "/bin"));
        assertEquals(2, unknown.size(), unknown.toString());
        assertTrue(unknown.contains("MENTOR_OPS_PROT (did you mean MENTOR_OPS_PORT?)"), unknown.toString());
        assertTrue(unknown.stream()
                .anyMatch(u -> u.startsWith("SLACK_TOKEN (did you mean") && u.contains("SLACK_BOT_TOKEN")));
    }

    private static final String ID = "1234567890.9876543210";

    private static Map<String, String> manyWorkspaces(String... more) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "SLACK_CLIENT_ID", ID,
                "SLACK_CLIENT_SECRET", "client-secret-0123456789abcdef",
                "SLACK_SIGNING_SECRET", "signing-secret-0123456789abcdef"));
        for (int i = 0; i + 1 < more.length; i += 2) env.put(more[i], more[i + 1]);
        return env;
    }

    @Test
    void theClientIdAndSecretWithTheSigningSecretServeManyWorkspacesWithoutABotToken() {
        SlackSettings slack = Config.from(manyWorkspaces()).slack();
        assertTrue(slack.manyWorkspaces());
        assertEquals(null, slack.botToken());
        assertEquals(ID, slack.oauth().clientId());
        assertEquals(SlackSettings.DEFAULT_SCOPES, slack.oauth().scopes());
        assertEquals(null, slack.oauth().redirectUri());
        assertTrue(
                !slack.toString().contains("client-secret") && !slack.toString().contains("signing-secret"),
                slack.toString());

        SlackSettings chosen = Config.from(manyWorkspaces(
                        "SLACK_SCOPES", "commands, chat:write,chat:write.public",
                        "SLACK_REDIRECT_URI", "https://bot.example.com/slack/oauth_redirect"))
                .slack();
        assertEquals(
                List.of("commands", "chat:write", "chat:write.public"),
                chosen.oauth().scopes());
        assertEquals(
                "https://bot.example.com/slack/oauth_redirect",
                chosen.oauth().redirectUri().toString());
        assertEquals(
                List.of(),
                Config.unknownVariables(manyWorkspaces(
                        "SLACK_SCOPES", "commands", "SLACK_REDIRECT_URI", "https://b.example/slack/oauth_redirect")));
        assertTrue(Config.unknownVariables(Map.of("SLACK_CLIENT_SECERT", "x"))
                .contains("SLACK_CLIENT_SECERT (did you mean SLACK_CLIENT_SECRET?)"));
    }

    @Test
    void halfOfTheClientPairIsNamedWithWhatIsMissing() {
        assertTrue(problems(Map.of("SLACK_CLIENT_ID", ID, "SLACK_SIGNING_SECRET", "s"))
                .contains("SLACK_CLIENT_ID is set but SLACK_CLIENT_SECRET is not"));
        assertTrue(problems(Map.of("SLACK_CLIENT_SECRET", "c", "SLACK_SIGNING_SECRET", "s"))
                .contains("SLACK_CLIENT_SECRET is set but SLACK_CLIENT_ID is not"));
        String noSigning = problems(Map.of("SLACK_CLIENT_ID", ID, "SLACK_CLIENT_SECRET", "c"));
        assertTrue(
                noSigning.contains("SLACK_SIGNING_SECRET is missing: serving many workspaces runs over HTTP"),
                noSigning);
        assertTrue(problems(manyWorkspaces("SLACK_CLIENT_ID", "A0MENTOR"))
                .contains("SLACK_CLIENT_ID=A0MENTOR does not look like a Slack client id"));
        assertTrue(problems(manyWorkspaces("SLACK_CLIENT_SECRET", "signing-secret-0123456789abcdef"))
                .contains("SLACK_CLIENT_SECRET is the same as SLACK_SIGNING_SECRET"));
    }

    @Test
    void aBotTokenOrSocketModeBesideTheClientPairIsRefusedNotSilentlyOverridden() {
        String both = problems(manyWorkspaces("SLACK_BOT_TOKEN", "xoxb-1"));
        assertTrue(both.contains("SLACK_BOT_TOKEN and SLACK_CLIENT_ID/SLACK_CLIENT_SECRET are both set"), both);
        assertTrue(both.contains("unset SLACK_BOT_TOKEN") && both.contains("unset SLACK_CLIENT_ID"), both);
        String socket = problems(manyWorkspaces("SLACK_APP_TOKEN", "xapp-1"));
        assertTrue(socket.contains("SLACK_APP_TOKEN (Socket Mode) cannot be used with SLACK_CLIENT_ID"), socket);
    }

    @Test
    void scopesAndTheRedirectAddressAreCheckedAndOnlyMeanSomethingWithTheClientPair() {
        assertTrue(problems(manyWorkspaces("SLACK_SCOPES", "chat:write"))
                .contains("SLACK_SCOPES=chat:write leaves out commands"));
        assertTrue(problems(manyWorkspaces("SLACK_SCOPES", "commands,Chat Write"))
                .contains("SLACK_SCOPES has 'Chat', which is not a Slack scope"));
        assertTrue(problems(manyWorkspaces("SLACK_REDIRECT_URI", "https://bot.example.com/callback"))
                .contains("SLACK_REDIRECT_URI=https://bot.example.com/callback is not the address of the bot's"));
        assertTrue(problems(manyWorkspaces("SLACK_REDIRECT_URI", "bot.example.com/slack/oauth_redirect"))
                .contains("is not the address of the bot's install redirect"));
        assertTrue(
                problems(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s", "SLACK_SCOPES", "commands"))
                        .contains("SLACK_SCOPES is set but SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are not"));
        assertTrue(problems(Map.of("SLACK_REDIRECT_URI", "https://b.example/slack/oauth_redirect"))
                .contains("SLACK_REDIRECT_URI is set but SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are not"));
    }

    @Test
    void jsonLogsAreOneObjectPerLineAndPlainLogsCarryTheDateAndZone() throws Exception {
        for (String format : List.of("json", "plain")) {
            ProcessBuilder pb = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "dev.careermentor.Main");
            pb.environment().put("MENTOR_LOG_FORMAT", format);
            pb.environment().put("DISCORD_TOKEN", "aaa.bbb.ccc");
            pb.environment().put("DISCORD_API_URL", "http://127.0.0.1:1/"); // nothing listens: one error logged
            pb.environment()
                    .put("MENTOR_KNOWLEDGE_DIR", Path.of("..", "knowledge").toString());
            pb.environment()
                    .put("MENTOR_DATA_DIR", tmp.resolve("data-" + format).toString());
            pb.environment().put("MENTOR_OPS_PORT", "0");
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the start fails and the process ends");
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(2, p.exitValue(), err);
            List<String> logLines = err.lines()
                    .filter(l -> l.startsWith("{") || l.matches("^\\d{4}-\\d{2}-\\d{2}T.*"))
                    .toList();
            assertTrue(!logLines.isEmpty(), format + ": some log lines in\n" + err);
            for (String line : logLines) {
                if (format.equals("json")) {
                    JsonNode o = new ObjectMapper().readTree(line);
                    assertTrue(
                            o.has("timestamp") && o.has("level") && o.has("loggerName") && o.has("formattedMessage"),
                            line);
                } else {
                    assertTrue(
                            line.matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2}) .*"),
                            line);
                }
            }
        }
    }
}
