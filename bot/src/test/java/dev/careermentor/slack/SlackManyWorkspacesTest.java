package dev.careermentor.slack;

import static dev.careermentor.slack.SlackHttpTest.actionId;
import static dev.careermentor.slack.SlackHttpTest.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.careermentor.ExpectedLogs;
import dev.careermentor.MovableClock;
import dev.careermentor.Root;
import dev.careermentor.TestBot;
import dev.careermentor.app.HttpLimits;
import dev.careermentor.app.SlackSettings;
import dev.careermentor.core.Surface;
import dev.careermentor.core.User;
import dev.careermentor.slack.InstallBrowser.Started;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Installing in many workspaces, whole: a browser opens {@code /slack/install}, follows the "Add to Slack" link
 * to the stand-in's authorize step, comes back to {@code /slack/oauth_redirect} with the code and its cookie,
 * and the installation is saved (on a real PostgreSQL and on H2). Then each workspace's commands and clicks are
 * answered with its own installation, forged, expired and reused states are refused, and an uninstalled
 * workspace is told so while the other goes on.
 */
class SlackManyWorkspacesTest {
    static final String CLIENT_ID = "1111111111.2222222222";
    static final String CLIENT_SECRET = "client-secret-0123456789abcdef";
    static final String ALICE = "U0ALICE";
    static final String BOB = "U0BOB";
    static final FakeSlack.Workspace ONE = new FakeSlack.Workspace("T0ONE", "Team One", null, ALICE);
    static final FakeSlack.Workspace TWO = new FakeSlack.Workspace("T0TWO", "Team Two", null, BOB);

    @RegisterExtension
    final ExpectedLogs logs = ExpectedLogs.of(ManyWorkspaces.class, Level.ERROR, "Slack refused an install's code")
            .and(ManyWorkspaces.class.getName(), Level.INFO, "")
            .and(NotInstalled.class.getName(), Level.INFO, "");

    private final TestBot bot = TestBot.real();
    private final MovableClock clock = MovableClock.fromNow();
    private FakeSlack slack;
    private SlackAdapter adapter;
    private DataSource db;

    private void start(TestDatabases.Kind kind, URI redirectUri) throws Exception {
        start(kind, redirectUri, HttpLimits.DEFAULT);
    }

    private void start(TestDatabases.Kind kind, URI redirectUri, HttpLimits limits) throws Exception {
        slack = new FakeSlack();
        slack.app(CLIENT_ID, CLIENT_SECRET);
        db = TestDatabases.fresh(kind);
        SlackSettings settings = SlackSettings.manyWorkspaces(
                SlackTestClient.SECRET,
                new SlackSettings.OAuth(CLIENT_ID, CLIENT_SECRET, SlackSettings.DEFAULT_SCOPES, redirectUri),
                slack.apiUrl(),
                "127.0.0.1",
                0,
                Set.of());
        // Request deadlines are measured on the root's ticker: the real one when a test lowers the limits.
        Ticker ticker = limits.equals(HttpLimits.DEFAULT) ? bot.ticker : Ticker.systemTicker();
        adapter = Root.withTime(clock, ticker, Map.of())
                .slack(settings.withHttp(limits), bot.mentor(), Executors.newSingleThreadExecutor(), db);
        adapter.start();
    }

    @AfterEach
    void stop() {
        if (adapter != null) adapter.stop(Duration.ofSeconds(2));
        if (slack != null) slack.close();
    }

    private InstallBrowser browser() {
        return new InstallBrowser(adapter.port(), slack);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        return browser().get(path, cookie);
    }

    private Started startInstall() throws Exception {
        return browser().startInstall();
    }

    private HttpResponse<String> finishInstall(Started started, String code, String cookie) throws Exception {
        return browser().finishInstall(started, code, cookie);
    }

    private HttpResponse<String> install(FakeSlack.Workspace workspace) throws Exception {
        return browser().install(workspace);
    }

    private long oauthAccessCalls() {
        return slack.apiCalls().stream().filter("oauth.v2.access"::equals).count();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void twoWorkspacesInstallAndEachIsAnsweredWithItsOwnInstallation(TestDatabases.Kind kind) throws Exception {
        start(kind, null);
        Started started = startInstall();
        assertEquals(CLIENT_ID, started.query().get("client_id"));
        assertEquals("commands", started.query().get("scope"));
        assertFalse(started.query().containsKey("redirect_uri"), "Slack uses the app's one Redirect URL");

        HttpResponse<String> done = finishInstall(started, slack.authorize(ONE), started.cookie());
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("Career Mentor is now installed in <strong>Team One</strong>"), done.body());
        assertTrue(
                done.headers().allValues("Set-Cookie").stream()
                        .anyMatch(c -> c.startsWith("slack-app-oauth-state=deleted")),
                "the state cookie is cleared");
        assertEquals(200, install(TWO).statusCode());

        SqlInstallationService store = new SqlInstallationService(db, CLIENT_ID);
        String tokenOne = slack.tokenOf(ONE.teamId());
        String tokenTwo = slack.tokenOf(TWO.teamId());
        assertNotEquals(tokenOne, tokenTwo);
        assertEquals(tokenOne, store.findBot(null, ONE.teamId()).getBotAccessToken());
        assertEquals(tokenTwo, store.findBot(null, TWO.teamId()).getBotAccessToken());
        assertEquals("B0BOTT0ONE", store.findBot(null, ONE.teamId()).getBotId(), "from auth.test after the install");
        assertEquals(ALICE, store.findInstaller(null, ONE.teamId(), ALICE).getInstallerUserId());

        SlackTestClient one = new SlackTestClient(adapter.port(), slack, ONE.teamId());
        SlackTestClient two = new SlackTestClient(adapter.port(), slack, TWO.teamId());
        String title = bot.mentor()
                .handleText(new User(Surface.SLACK, "T0REFERENCE", "U0REFERENCE"), "salary serving senior")
                .title();
        JsonNode answerOne = SlackTestClient.json(one.command(ALICE, "salary serving senior"));
        JsonNode answerTwo = SlackTestClient.json(two.command(BOB, "salary serving senior"));
        assertEquals(SlackText.escape(title), header(answerOne));
        assertEquals(SlackText.escape(title), header(answerTwo));
        // Each workspace's request was authorized with its own token (auth.test, then cached).
        assertTrue(
                slack.calls().contains(new FakeSlack.Call("auth.test", tokenOne)),
                slack.calls().toString());
        assertTrue(
                slack.calls().contains(new FakeSlack.Call("auth.test", tokenTwo)),
                slack.calls().toString());

        assertEquals(
                200,
                one.click(ALICE, actionId(answerOne, "Share to channel"), "share-one")
                        .statusCode());
        FakeSlack.Post sharedOne = slack.nextPost();
        assertEquals("/respond/share-one", sharedOne.path());
        assertEquals("in_channel", sharedOne.body().path("response_type").asText());
        assertEquals(SlackText.escape(title), header(sharedOne.body()));
        assertEquals(
                200,
                two.click(BOB, actionId(answerTwo, "Share to channel"), "share-two")
                        .statusCode());
        FakeSlack.Post sharedTwo = slack.nextPost();
        assertEquals("/respond/share-two", sharedTwo.path());
        assertEquals("in_channel", sharedTwo.body().path("response_type").asText());
        long authTests = slack.calls().stream()
                .filter(c -> c.method().equals("auth.test"))
                .count();

        // Workspace one uninstalls the app: Slack revokes its token and sends app_uninstalled.
        slack.revoke(tokenOne);
        ObjectNode uninstalled = FakeSlack.JSON.createObjectNode().put("type", "app_uninstalled");
        assertEquals(200, one.event(uninstalled).statusCode());
        assertNull(store.findBot(null, ONE.teamId()));
        assertNull(store.findInstaller(null, ONE.teamId(), ALICE));
        JsonNode refused = SlackTestClient.json(one.command(ALICE, "help"));
        assertEquals("ephemeral", refused.path("response_type").asText());
        assertEquals(SqlInstallationService.NOT_INSTALLED, refused.path("text").asText());
        assertEquals(
                200,
                one.click(ALICE, actionId(answerOne, "Share to channel"), "late-click")
                        .statusCode());
        FakeSlack.Post late = slack.nextPost();
        assertEquals("/respond/late-click", late.path());
        assertEquals(
                SqlInstallationService.NOT_INSTALLED, late.body().path("text").asText());
        assertEquals("Career Mentor: commands", header(SlackTestClient.json(two.command(BOB, "help"))), "two goes on");
        assertEquals(
                authTests,
                slack.calls().stream()
                        .filter(c -> c.method().equals("auth.test"))
                        .count(),
                "auth.test is cached per token");

        // Workspace two's bot token is revoked: tokens_revoked deletes it.
        ObjectNode revoked = FakeSlack.JSON.createObjectNode().put("type", "tokens_revoked");
        revoked.putObject("tokens").putArray("bot").add("U0BOTT0TWO");
        assertEquals(200, two.event(revoked).statusCode());
        assertNull(store.findBot(null, TWO.teamId()));
        assertEquals(
                SqlInstallationService.NOT_INSTALLED,
                SlackTestClient.json(two.command(BOB, "help")).path("text").asText());

        // Installing again brings workspace one back, with a new token.
        assertEquals(200, install(ONE).statusCode());
        assertNotEquals(tokenOne, store.findBot(null, ONE.teamId()).getBotAccessToken());
        assertEquals("Career Mentor: commands", header(SlackTestClient.json(one.command(ALICE, "help"))), "back");
        assertTrue(logs.events("the app was installed in Slack workspace T0ONE by U0ALICE")
                        .size()
                >= 1);
        for (ExpectedLogs.Event e : logs.events()) {
            assertFalse(e.message().contains("xoxb-"), "no token in the log: " + e.message());
        }
    }

    @Test
    void forgedExpiredAndReusedStatesAreRefused() throws Exception {
        start(TestDatabases.Kind.H2, null);
        Started forged = new Started(URI.create("https://slack.com/"), Map.of("state", "forged-state"), "");
        HttpResponse<String> r = finishInstall(forged, slack.authorize(ONE), "slack-app-oauth-state=forged-state");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("has expired or was already used"), r.body());
        assertTrue(r.body().contains("href=\"install\""), "a link to start again");

        Started mine = startInstall();
        Started theirs = startInstall();
        assertEquals(
                400, finishInstall(mine, slack.authorize(ONE), theirs.cookie()).statusCode(), "another browser's");
        assertEquals(400, finishInstall(mine, slack.authorize(ONE), null).statusCode(), "no cookie");

        Started once = startInstall();
        String code = slack.authorize(ONE);
        assertEquals(200, finishInstall(once, code, once.cookie()).statusCode());
        HttpResponse<String> replayed = finishInstall(once, code, once.cookie());
        assertEquals(400, replayed.statusCode(), "a state is good once");
        assertTrue(replayed.body().contains("has expired or was already used"), replayed.body());

        Started late = startInstall();
        clock.advance(SqlOAuthStateService.LIFETIME.plusMinutes(1));
        assertEquals(
                400, finishInstall(late, slack.authorize(TWO), late.cookie()).statusCode(), "expired");
        clock.reset();
        assertEquals(1, oauthAccessCalls(), "only the good state reached Slack");
        assertNull(new SqlInstallationService(db, CLIENT_ID).findBot(null, TWO.teamId()));
    }

    @Test
    void aCancelledOrRefusedInstallSaysWhatHappened() throws Exception {
        start(TestDatabases.Kind.H2, null);
        Started cancelled = startInstall();
        HttpResponse<String> r =
                get("/slack/oauth_redirect?error=access_denied&state=" + cancelled.state(), cancelled.cookie());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Installation cancelled"), r.body());
        assertTrue(r.body().contains("was not added to the workspace"), r.body());

        Started bogus = startInstall();
        HttpResponse<String> refused = finishInstall(bogus, "code-nobody-issued", bogus.cookie());
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Slack did not accept this install (invalid_code)"), refused.body());

        slack.app(CLIENT_ID, "a-secret-slack-no-longer-accepts");
        Started misconfigured = startInstall();
        HttpResponse<String> wrong = finishInstall(misconfigured, slack.authorize(ONE), misconfigured.cookie());
        assertEquals(500, wrong.statusCode());
        assertTrue(wrong.body().contains("tell whoever runs Career Mentor"), wrong.body());
        assertTrue(logs.awaitOne("Check SLACK_CLIENT_ID, SLACK_CLIENT_SECRET", Duration.ofSeconds(5))
                .message()
                .contains("bad_client_secret"));
        assertFalse(r.body().contains("<script"), "pages run nothing");
    }

    @Test
    void theInstallPagesKeepTheEndpointsRules() throws Exception {
        start(TestDatabases.Kind.H2, URI.create("https://bot.example.com/slack/oauth_redirect"));
        Started started = startInstall();
        assertEquals(
                "https://bot.example.com/slack/oauth_redirect", started.query().get("redirect_uri"));
        HttpResponse<String> page = get("/slack/install", null);
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        for (String path : List.of("/slack/installx", "/slack/", "/slack/oauth_redirect/x", "/install")) {
            assertEquals(404, get(path, null).statusCode(), path);
        }
        HttpResponse<String> post = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adapter.port() + "/slack/install"))
                                .POST(HttpRequest.BodyPublishers.ofString("x"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals("GET", post.headers().firstValue("Allow").orElse(""));
        assertTrue(
                browser().raw("GET /slack/oauth_redirect?state=%zz HTTP/1.1").startsWith("HTTP/1.1 400 "),
                "not URL encoding");
        // An event other than the two uninstall events is acknowledged without reaching Bolt, as before.
        SlackTestClient one = new SlackTestClient(adapter.port(), slack, ONE.teamId());
        assertEquals(
                200,
                one.event(FakeSlack.JSON.createObjectNode().put("type", "app_mention"))
                        .statusCode());
        assertEquals(
                401,
                one.send(
                                one.eventBody(FakeSlack.JSON.createObjectNode().put("type", "app_uninstalled")),
                                SlackTestClient.now(),
                                "v0=" + "0".repeat(64),
                                "Content-Type",
                                "application/json")
                        .statusCode(),
                "an unsigned uninstall is refused");
    }

    @Test
    void aClientTricklingAnInstallPageRequestIsCutOffAsOnEveryPath() throws Exception {
        start(TestDatabases.Kind.H2, null, new HttpLimits(Duration.ofSeconds(1), Duration.ofSeconds(2), 64 * 1024));
        long started = System.nanoTime();
        boolean closed = false;
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), adapter.port())) {
            socket.setSoTimeout(300);
            byte[] request =
                    "GET /slack/install HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII);
            // One byte every 300 ms: never idle for the 1 s idle limit, never whole within the 2 s request limit.
            for (int n = 0; n < 40 && !closed; n++) {
                try {
                    socket.getOutputStream().write(request[Math.min(n, request.length - 1)]);
                    socket.getOutputStream().flush();
                    closed = socket.getInputStream().read() < 0;
                } catch (java.net.SocketTimeoutException nothingYet) {
                    // still open
                } catch (java.io.IOException reset) {
                    closed = true;
                }
            }
        }
        assertTrue(closed, "the server closed the trickling connection");
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(12).toNanos(), "before the client gave up");
        assertEquals(200, get("/slack/install", null).statusCode(), "others are still served");
    }

    @Test
    void oneWorkspaceWithItsBotTokenServesNoInstallPages() throws Exception {
        slack = new FakeSlack();
        adapter = Root.withTime(clock, bot.ticker, Map.of())
                .slack(
                        new SlackSettings(
                                SlackTestClient.SECRET, "xoxb-test-token", null, slack.apiUrl(), "127.0.0.1", 0),
                        bot.mentor(),
                        Executors.newSingleThreadExecutor());
        adapter.start();
        assertEquals(404, get("/slack/install", null).statusCode());
        assertEquals(404, get("/slack/oauth_redirect?code=x&state=y", null).statusCode());
        SlackTestClient client = new SlackTestClient(adapter.port(), slack);
        assertEquals(
                200,
                client.event(FakeSlack.JSON.createObjectNode().put("type", "app_uninstalled"))
                        .statusCode());
        assertEquals("Career Mentor: commands", header(SlackTestClient.json(client.command(ALICE, "help"))));
        assertNotNull(adapter);
    }
}
