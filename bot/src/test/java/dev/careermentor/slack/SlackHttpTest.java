package dev.careermentor.slack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careermentor.Root;
import dev.careermentor.TestBot;
import dev.careermentor.app.SlackSettings;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.core.reply.Reply;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real adapter and the real Bolt on 127.0.0.1, driven by form posts signed as Slack signs them.
 * Click answers are posted by one responder thread, so they reach the fake response_url in click order.
 */
class SlackHttpTest {
    static final String ALICE = "U0ALICE";
    static final String BOB = "U0BOB";

    private final TestBot bot = TestBot.real();
    private FakeSlack slack;
    private SlackAdapter adapter;
    private SlackTestClient client;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        adapter = adapter(Clock.systemUTC());
        adapter.start();
        client = new SlackTestClient(adapter.port(), slack);
    }

    @AfterEach
    void stop() {
        adapter.stop(Duration.ofSeconds(2));
        slack.close();
    }

    private SlackAdapter adapter(Clock clock) {
        SlackSettings settings =
                new SlackSettings(SlackTestClient.SECRET, "xoxb-test-token", null, slack.apiUrl(), "127.0.0.1", 0);
        // The process's wiring on the test's time: signatures are checked against this clock.
        return Root.withTime(clock, bot.ticker, Map.of())
                .slack(settings, bot.mentor(), Executors.newSingleThreadExecutor());
    }

    /** What the core says to the same command from a user who is not part of the test conversation. */
    private Reply expected(String text) {
        return bot.mentor().handleText(new User(Surface.SLACK, SlackTestClient.TEAM, "U0REFERENCE"), text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "help",
                "paths",
                "path research",
                "specializations",
                "specialization serving",
                "salary",
                "salary serving senior",
                "compare applied llm vs serving",
                "switch backend serving",
                "role",
                "become",
                "hiring",
                "choose",
                "ask how much do mlops engineers earn",
                "sources",
                "quiz"
            })
    void everyCommandIsAnsweredInTheAcknowledgement(String command) throws Exception {
        HttpResponse<String> r = client.command(ALICE, command);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = SlackTestClient.json(r);
        BlockKitLimits.check(body);
        assertEquals("ephemeral", body.path("response_type").asText());
        Reply reply = expected(command);
        assertEquals(SlackText.escape(reply.title()), header(body));
        if (reply.factual()) {
            assertTrue(BlockKitLimits.allText(body).contains(", as of 20"), "sources and as-of are shown");
            assertEquals(
                    "Share to channel",
                    body.path("blocks")
                            .get(body.path("blocks").size() - 1)
                            .path("elements")
                            .get(0)
                            .path("text")
                            .path("text")
                            .asText());
        }
        for (var f : reply.fields()) {
            assertTrue(BlockKitLimits.allText(body).contains(SlackText.escape(f.value())), f.name());
        }
    }

    @Test
    void noTextAnswersWithHelpAndNonsenseWithWhatIsCovered() throws Exception {
        for (String text : new String[] {"", "   "}) {
            HttpResponse<String> r = client.command(ALICE, text);
            assertEquals(200, r.statusCode(), text);
            JsonNode body = SlackTestClient.json(r);
            BlockKitLimits.check(body);
            assertEquals("Career Mentor: commands", header(body), text);
        }
        HttpResponse<String> r = client.command(ALICE, "xyzzy plugh frobnicate");
        JsonNode body = SlackTestClient.json(r);
        BlockKitLimits.check(body);
        assertEquals("Not in my sources", header(body));
        String all = BlockKitLimits.allText(body);
        assertTrue(all.contains("“xyzzy plugh frobnicate”") && all.contains("My sources cover"), all);
    }

    @Test
    void anotherSlashCommandRoutedHereGetsAPoliteNote() throws Exception {
        String body =
                client.commandBody(ALICE, "help", client.unique()).replace("command=%2Fmentor", "command=%2Fcareer");
        HttpResponse<String> r = client.post(body);
        assertEquals(200, r.statusCode());
        assertEquals(
                "This app only answers /mentor and /mentor-admin.",
                SlackTestClient.json(r).path("text").asText());
    }

    @Test
    void echoedMentionsCannotPingAnyone() throws Exception {
        HttpResponse<String> r = client.command(ALICE, "<!channel> @here <@U123> <!everyone> zzzz qqqq");
        assertEquals(200, r.statusCode());
        JsonNode body = SlackTestClient.json(r);
        BlockKitLimits.check(body);
        String all = BlockKitLimits.allText(body);
        assertTrue(all.contains("&lt;!channel&gt;"), "the input is echoed, escaped: " + all);
        assertFalse(
                r.body().contains("<!") || r.body().contains("<@") || r.body().contains("\\u003c"), r.body());
    }

    @Test
    void aWholeQuizByClicksReplacesTheMessageEachTime() throws Exception {
        JsonNode message = SlackTestClient.json(client.command(ALICE, "quiz"));
        int questions = 0;
        while (header(message).contains("question")) {
            questions++;
            assertEquals(200, client.click(ALICE, firstChoice(message), "quiz").statusCode());
            FakeSlack.Post post = slack.nextPost();
            assertEquals("/respond/quiz", post.path());
            assertTrue(post.body().path("replace_original").asBoolean(), "each click replaces the question");
            assertFalse(post.body().has("response_type"));
            message = post.body();
            BlockKitLimits.check(message);
        }
        assertEquals(bot.mentor().knowledge().data().quiz().questions().size(), questions);
        assertTrue(header(message).startsWith("Your best fit: "), header(message));

        String share = actionId(message, "Share to channel");
        assertEquals(200, client.click(ALICE, share, "quiz").statusCode());
        JsonNode shared = slack.nextPost().body();
        assertEquals("in_channel", shared.path("response_type").asText());
        assertFalse(shared.path("replace_original").asBoolean(true));
        assertEquals(header(message), header(shared));
        BlockKitLimits.check(shared);

        assertEquals(200, client.click(ALICE, share, "quiz").statusCode());
        JsonNode again = slack.nextPost().body();
        assertEquals("ephemeral", again.path("response_type").asText());
        assertEquals("Already shared", header(again));
    }

    @Test
    void shareRepostsAnAnswerInTheChannelWithoutItsShareButton() throws Exception {
        JsonNode answer = SlackTestClient.json(client.command(ALICE, "salary serving senior"));
        assertEquals(
                200,
                client.click(ALICE, actionId(answer, "Share to channel"), "share")
                        .statusCode());
        JsonNode shared = slack.nextPost().body();
        BlockKitLimits.check(shared);
        assertEquals("in_channel", shared.path("response_type").asText());
        assertFalse(shared.path("replace_original").asBoolean(true));
        assertEquals(header(answer), header(shared));
        assertFalse(BlockKitLimits.allText(shared).contains("Share to channel"));
        assertTrue(BlockKitLimits.allText(shared).contains("as of"));
    }

    @Test
    void theSameAnswerCanBeSharedOnceInEachChannel() throws Exception {
        JsonNode answer = SlackTestClient.json(client.command(ALICE, "salary serving senior"));
        String share = actionId(answer, "Share to channel");
        for (String channel : List.of("C0GENERAL", "C0RANDOM")) {
            assertEquals(
                    200,
                    client.post(client.clickBody(ALICE, share, client.unique(), "share", channel))
                            .statusCode());
            JsonNode shared = slack.nextPost().body();
            assertEquals("in_channel", shared.path("response_type").asText(), "shared in " + channel);
            assertEquals(header(answer), header(shared));
        }
        assertEquals(
                200,
                client.post(client.clickBody(ALICE, share, client.unique(), "share", "C0RANDOM"))
                        .statusCode());
        JsonNode again = slack.nextPost().body();
        assertEquals("ephemeral", again.path("response_type").asText());
        assertEquals("Already shared", header(again));
    }

    @Test
    void aClickWhoseResponseUrlIsNotSlacksIsRefusedAndPostsNothing() throws Exception {
        JsonNode answer = SlackTestClient.json(client.command(ALICE, "salary serving senior"));
        String body = client.clickBody(ALICE, actionId(answer, "Share to channel"), client.unique(), "evil");
        String ours = java.net.URLEncoder.encode(slack.responseUrl("evil"), StandardCharsets.UTF_8);
        assertTrue(body.contains(ours));
        String forged = body.replace(
                ours, java.net.URLEncoder.encode("http://169.254.169.254/latest/meta-data/", StandardCharsets.UTF_8));
        HttpResponse<String> r = client.post(forged);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("not a Slack address"), r.body());
        // The next click is answered normally, and it is the next post the stand-in sees.
        assertEquals(
                200,
                client.click(ALICE, actionId(answer, "Share to channel"), "share")
                        .statusCode());
        assertEquals("/respond/share", slack.nextPost().path());
    }

    @Test
    void aForgedShareOfAQuizIsAnsweredPrivately() throws Exception {
        JsonNode q1 = SlackTestClient.json(client.command(ALICE, "quiz"));
        // A Share click whose answers stop short of a whole quiz: signed, so it reaches the quiz.
        String forged = firstChoice(q1).replaceFirst(":a0$", ":s");
        assertFalse(forged.equals(firstChoice(q1)), "the forgery must differ from the real id");
        assertEquals(200, client.click(ALICE, forged, "forged").statusCode());
        JsonNode reply = slack.nextPost().body();
        assertEquals("ephemeral", reply.path("response_type").asText(), reply.toString());
        assertFalse(reply.path("replace_original").asBoolean(false));
    }

    @Test
    void aDoubleClickDoesNotAdvanceTheQuizTwice() throws Exception {
        JsonNode q1 = SlackTestClient.json(client.command(ALICE, "quiz"));
        String choice = firstChoice(q1);
        client.click(ALICE, choice, "double");
        client.click(ALICE, choice, "double");
        JsonNode first = slack.nextPost().body();
        JsonNode second = slack.nextPost().body();
        assertTrue(header(first).contains("question 2 of"), header(first));
        assertEquals(header(first), header(second), "the second click lands on the same question");
        assertEquals(firstChoice(first), firstChoice(second));
    }

    @Test
    void aRetriedClickIsAnsweredOnce() throws Exception {
        JsonNode answer = SlackTestClient.json(client.command(ALICE, "salary serving senior"));
        String body = client.clickBody(ALICE, actionId(answer, "Share to channel"), "1700000001.000001", "retried");
        assertEquals(200, client.post(body).statusCode());
        HttpResponse<String> retry =
                client.post(body, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout");
        assertEquals(200, retry.statusCode());
        assertEquals("", retry.body());
        assertEquals(200, client.click(ALICE, "cm1:r:help", "marker").statusCode());
        List<String> paths = new ArrayList<>();
        paths.add(slack.nextPost().path());
        paths.add(slack.nextPost().path());
        assertEquals(List.of("/respond/retried", "/respond/marker"), paths, "one answer, then the marker's");
    }

    @Test
    void aRepeatedSlashCommandDeliveryPostsNothing() throws Exception {
        String body = client.commandBody(ALICE, "quiz", "4242.4242.abcdef");
        HttpResponse<String> first = client.post(body);
        assertTrue(header(SlackTestClient.json(first)).contains("question 1 of"));
        HttpResponse<String> retry =
                client.post(body, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout");
        assertEquals(200, retry.statusCode());
        assertEquals("", retry.body(), "a retry of the same trigger_id is acknowledged without a second answer");
        HttpResponse<String> again = client.post(body);
        assertEquals("", again.body(), "a duplicate delivery without the retry header too");
        assertTrue(slack.noPostWaiting());
    }

    @Test
    void aQuizButtonFromAnOlderQuizAsksForARestart() throws Exception {
        String choice = firstChoice(SlackTestClient.json(client.command(ALICE, "quiz")));
        String[] parts = choice.split(":");
        parts[2] = "oldtag";
        assertEquals(200, client.click(ALICE, String.join(":", parts), "stale").statusCode());
        JsonNode post = slack.nextPost().body();
        BlockKitLimits.check(post);
        assertEquals("The quiz was updated", header(post));
        assertTrue(post.path("replace_original").asBoolean());
        assertTrue(BlockKitLimits.allText(post).contains("Restart quiz"));
    }

    @Test
    void someoneElsesQuizButtonGetsAPrivateNote() throws Exception {
        String choice = firstChoice(SlackTestClient.json(client.command(ALICE, "quiz")));
        assertEquals(200, client.click(BOB, choice, "bob").statusCode());
        JsonNode post = slack.nextPost().body();
        assertEquals("This isn't your quiz", header(post));
        assertEquals("ephemeral", post.path("response_type").asText());
        assertFalse(post.path("replace_original").asBoolean(true));
    }

    @Test
    void malformedAndUnknownButtonsAreAcknowledgedAndExplained() throws Exception {
        for (String id : new String[] {"cm1:q:zz", "cm1:s:", "cm9:s:help", "some_other_apps_button", "x".repeat(255)}) {
            HttpResponse<String> r = client.click(ALICE, id, "unknown");
            assertEquals(200, r.statusCode(), id);
            JsonNode post = slack.nextPost().body();
            BlockKitLimits.check(post);
            assertEquals("That button can't be used", header(post), id);
            assertEquals("ephemeral", post.path("response_type").asText());
        }
    }

    @Test
    void aWrongSecretIsRefused() throws Exception {
        String body = client.commandBody(ALICE, "help", client.unique());
        String ts = SlackTestClient.now();
        SlackSignatures other = new SlackSignatures("not-the-secret", Clock.systemUTC());
        HttpResponse<String> r = client.send(body, ts, other.sign(ts, SlackTestClient.bytes(body)));
        assertEquals(401, r.statusCode());
    }

    @Test
    void staleAndFutureTimestampsAreRefused() throws Exception {
        String body = client.commandBody(ALICE, "help", client.unique());
        long now = Long.parseLong(SlackTestClient.now());
        for (long skew : new long[] {-600, 600}) {
            String ts = Long.toString(now + skew);
            HttpResponse<String> r = client.send(body, ts, client.sign(ts, body));
            assertEquals(401, r.statusCode(), "skew " + skew);
            assertTrue(r.body().contains(skew < 0 ? "old" : "future"), r.body());
        }
    }

    @Test
    void theFutureCheckIsOursNotBolts() throws Exception {
        // The adapter's clock runs ten minutes behind, so a request signed now looks ten minutes ahead to
        // it; Bolt, on the real clock, would accept it.
        restartWithClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10)));
        HttpResponse<String> r = client.command(ALICE, "help");
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("future"));
    }

    @Test
    void boltsOwnVerificationStaysOn() throws Exception {
        // Signed six minutes ago by the real clock: fresh to the adapter's clock, which runs six minutes
        // behind, so only Bolt's own check (on the real clock) can refuse it.
        restartWithClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-6)));
        String body = client.commandBody(ALICE, "help", client.unique());
        String ts = Long.toString(Long.parseLong(SlackTestClient.now()) - 360);
        HttpResponse<String> r = client.send(body, ts, client.sign(ts, body));
        assertEquals(401, r.statusCode());
        assertEquals("{\"error\":\"invalid request\"}", r.body(), "Bolt's answer, not ours");
    }

    private void restartWithClock(Clock clock) throws Exception {
        adapter.stop(Duration.ofSeconds(1));
        adapter = adapter(clock);
        adapter.start();
        client = new SlackTestClient(adapter.port(), slack);
    }

    @Test
    void missingHeadersAreRefused() throws Exception {
        String body = client.commandBody(ALICE, "help", client.unique());
        String ts = SlackTestClient.now();
        assertEquals(401, client.send(body, null, null).statusCode());
        assertEquals(401, client.send(body, ts, null).statusCode());
        assertEquals(401, client.send(body, null, client.sign(ts, body)).statusCode());
        assertEquals(401, client.send(body, "soon", client.sign(ts, body)).statusCode());
    }

    @Test
    void garbageBodiesAreBadRequestsEvenWhenSigned() throws Exception {
        for (String garbage : new String[] {
            "",
            "hello",
            "%%%",
            "payload=%7Bnot+json",
            "payload=%5B1%2C2%5D",
            "payload=%7B%22type%22%3A%22block_actions%22%7D",
            "command=%2Fmentor&text=%ZZ",
            "payload="
                    + "%7B%22type%22%3A%22block_actions%22%2C%22actions%22%3A%5B%7B%22action_id%22%3A%22cm1%3Ar%3Ahelp%22%7D%5D%7D"
        }) {
            HttpResponse<String> r = client.post(garbage);
            assertTrue(r.statusCode() == 400, "'" + garbage + "' gave " + r.statusCode() + " " + r.body());
        }
        assertEquals(401, client.send("hello", SlackTestClient.now(), "v0=00").statusCode(), "unsigned garbage");
    }

    @Test
    void aHugeBodyIsRefusedWith413() throws Exception {
        String body = "command=%2Fmentor&text=" + "a".repeat(SlackHttpServer.MAX_BODY + 1000);
        HttpResponse<String> r = client.post(body);
        assertEquals(413, r.statusCode());
        HttpResponse<String> after = client.command(ALICE, "help");
        assertEquals(200, after.statusCode(), "the server still answers");
    }

    @Test
    void aHugeDeclaredLengthIsRefusedBeforeTheBodyArrives() throws Exception {
        try (var socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), adapter.port())) {
            socket.setSoTimeout(5000);
            var out = socket.getOutputStream();
            out.write(
                    ("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded"
                                    + "\r\nContent-Length: 100000000\r\n\r\ncommand=")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(
                            socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
                    .readLine();
            // The reason phrase is the server's (the JDK said "Request Entity Too Large", Jetty "Payload Too
            // Large"): the status is what counts.
            assertTrue(status.startsWith("HTTP/1.1 413 "), status);
        }
    }

    @Test
    void otherMethodsAndPathsAreNotServed() throws Exception {
        assertEquals(405, client.get("/slack/events").statusCode());
        assertEquals(404, client.get("/slack/events/more").statusCode());
        assertEquals(404, client.get("/").statusCode());
    }

    @Test
    void healthSaysOkWhileServing() throws Exception {
        assertTrue(adapter.ready());
        HttpResponse<String> r = client.get("/health");
        assertEquals(200, r.statusCode());
        assertEquals("ok", r.body());
        adapter.stop(Duration.ofSeconds(1));
        assertFalse(adapter.ready());
        assertThrows(IOException.class, () -> client.get("/health"), "the port is closed after stop");
    }

    @Test
    void stopWaitsForAClickAnswerStillBeingPosted() throws Exception {
        String answer =
                actionId(SlackTestClient.json(client.command(ALICE, "salary serving senior")), "Share to channel");
        assertEquals(200, client.click(ALICE, answer, "slow").statusCode());
        assertTrue(slack.slowArrived.await(5, java.util.concurrent.TimeUnit.SECONDS));
        Thread stopper = new Thread(() -> adapter.stop(Duration.ofSeconds(10)));
        stopper.start();
        await("the adapter reports not ready").atMost(Duration.ofSeconds(5)).until(() -> !adapter.ready());
        assertFalse(adapter.ready());
        try {
            assertEquals(503, client.command(ALICE, "help").statusCode(), "stopping takes no new requests");
        } catch (IOException closed) {
            // the port is already closed: refused as well
        }
        assertTrue(stopper.isAlive(), "but waits while an answer is still being posted");
        slack.releaseSlow.countDown();
        stopper.join(5000);
        assertFalse(stopper.isAlive());
        assertEquals("/respond/slow", slack.nextPost().path());
    }

    @Test
    void onlyAuthTestIsCalledOnTheWebApi() throws Exception {
        JsonNode answer = SlackTestClient.json(client.command(ALICE, "salary serving senior"));
        client.click(ALICE, actionId(answer, "Share to channel"), "share");
        slack.nextPost();
        assertTrue(
                slack.apiCalls().stream().allMatch("auth.test"::equals),
                "no chat.postMessage: the app needs no chat:write scope, got " + slack.apiCalls());
    }

    @Test
    void aRejectedBotTokenFailsTheStartNamingTheVariable() throws Exception {
        slack.rejectToken();
        SlackAdapter bad = adapter(Clock.systemUTC());
        IllegalStateException e = assertThrows(IllegalStateException.class, bad::start);
        assertTrue(e.getMessage().contains("SLACK_BOT_TOKEN"), e.getMessage());
        assertFalse(bad.ready());
    }

    static String header(JsonNode message) {
        JsonNode first = message.path("blocks").get(0);
        assertEquals("header", first.path("type").asText(), message.toString());
        return first.path("text").path("text").asText();
    }

    /** The first button of the first actions block: in a quiz question, the first answer. */
    static String firstChoice(JsonNode message) {
        for (JsonNode b : message.path("blocks")) {
            if (b.path("type").asText().equals("actions"))
                return b.path("elements").get(0).path("action_id").asText();
        }
        throw new AssertionError("no buttons in " + message);
    }

    static String actionId(JsonNode message, String label) {
        for (JsonNode b : message.path("blocks")) {
            for (JsonNode e : b.path("elements")) {
                if (e.path("type").asText().equals("button")
                        && e.path("text").path("text").asText().equals(label)) {
                    return e.path("action_id").asText();
                }
            }
        }
        throw new AssertionError("no button '" + label + "' in " + message);
    }
}
