package dev.careermentor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.careermentor.FakeTicker;
import dev.careermentor.Fixtures;
import dev.careermentor.app.MentorApp;
import dev.careermentor.app.SlackSettings;
import dev.careermentor.core.i18n.Lang;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slack sends no locale: /mentor lang zh sets a person's language, kept across restarts, and a question
 * typed in Chinese is answered in Chinese whatever was chosen. Through the real Bolt against the stand-in.
 */
class ChineseOnSlackTest {
    private static final String SERVING_ZH = Fixtures.real()
            .in(Lang.ZH)
            .specializations()
            .require("inference-serving")
            .name();

    @TempDir
    Path data;

    private final List<MentorApp> apps = new ArrayList<>();

    @AfterEach
    void closeApps() throws IOException {
        for (MentorApp a : apps) a.close();
    }

    /** A bot process: a fresh core on the same data folder, as after a restart. */
    private SlackAdapter start(FakeSlack slack) throws Exception {
        MentorApp app = MentorApp.builder(Fixtures.real())
                .ticker(new FakeTicker())
                .dataFolder(data)
                .build();
        apps.add(app);
        SlackAdapter adapter = new SlackAdapter(
                new SlackSettings(SlackTestClient.SECRET, "xoxb-test-token", null, slack.apiUrl(), "127.0.0.1", 0),
                app.mentor(),
                Clock.systemUTC(),
                Ticker.systemTicker(),
                Executors.newSingleThreadExecutor());
        adapter.start();
        return adapter;
    }

    @Test
    void mentorLangZhIsKeptAcrossARestart() throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            SlackAdapter adapter = start(slack);
            try {
                SlackTestClient client = new SlackTestClient(adapter.port(), slack);
                String english = BlockKitLimits.allText(answer(client, "U0MING", "salary serving"));
                assertFalse(english.contains(SERVING_ZH), "English before any choice: " + english);

                JsonNode shown = answer(client, "U0MING", "lang");
                assertTrue(BlockKitLimits.allText(shown).contains("/mentor lang zh"), "how to change it");

                String chosen = BlockKitLimits.allText(answer(client, "U0MING", "lang zh"));
                assertTrue(chosen.contains("好的，之后用中文回答。"), chosen);
                String chinese = BlockKitLimits.allText(answer(client, "U0MING", "salary serving"));
                assertTrue(chinese.contains(SERVING_ZH), chinese);
                assertTrue(chinese.contains("$180K–$280K"), "the same figures: " + chinese);
                String other = BlockKitLimits.allText(answer(client, "U0ALICE", "salary serving"));
                assertFalse(other.contains(SERVING_ZH), "someone else's choice is their own: " + other);
            } finally {
                adapter.stop(Duration.ofSeconds(2));
            }
            apps.get(0).close(); // the process ends: its embedded database is closed
            Path file = data.resolve("mentor.mv.db");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

            SlackAdapter restarted = start(slack);
            try {
                SlackTestClient client = new SlackTestClient(restarted.port(), slack);
                String held = BlockKitLimits.allText(answer(client, "U0MING", "salary serving"));
                assertTrue(held.contains(SERVING_ZH), "the choice holds after a restart: " + held);
                String back = BlockKitLimits.allText(answer(client, "U0MING", "lang en"));
                assertTrue(back.contains("OK, I'll answer in English from now on."), back);
                String english = BlockKitLimits.allText(answer(client, "U0MING", "salary serving"));
                assertFalse(english.contains(SERVING_ZH), english);
            } finally {
                restarted.stop(Duration.ofSeconds(2));
            }
        }
    }

    /**
     * The language is chosen here (a Chinese question is Chinese whatever the choice); the words come from
     * the understanding, which answers in English until its Chinese rendering lands (branch zh-understand,
     * issue 15): enable this test with it.
     */
    @Test
    void aQuestionTypedInChineseIsAnsweredInChinese() throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            SlackAdapter adapter = start(slack);
            try {
                SlackTestClient client = new SlackTestClient(adapter.port(), slack);
                String zh = BlockKitLimits.allText(answer(client, "U0ALICE", "推理服务工程师的薪资是多少？"));
                assertTrue(zh.contains(SERVING_ZH), zh);
                assertTrue(zh.contains("$180K–$280K") || zh.contains("$300K–$600K"), "its figures: " + zh);
            } finally {
                adapter.stop(Duration.ofSeconds(2));
            }
        }
    }

    private static JsonNode answer(SlackTestClient client, String user, String text) throws Exception {
        HttpResponse<String> r = client.command(user, text);
        assertEquals(200, r.statusCode(), text);
        JsonNode body = SlackTestClient.json(r);
        BlockKitLimits.check(body);
        return body;
    }
}
