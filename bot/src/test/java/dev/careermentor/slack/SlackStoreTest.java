package dev.careermentor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import dev.careermentor.MovableClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Installations and install states in SQL, on a real PostgreSQL and on H2 in PostgreSQL mode, migrated by
 * the production migrations: what Bolt saves comes back whole, per app, workspace and organization.
 */
class SlackStoreTest {
    private static final String APP = "1111.2222";

    static DefaultInstaller install(String enterprise, String team, String user, String token) {
        return DefaultInstaller.builder()
                .appId("A0MENTOR")
                .enterpriseId(enterprise)
                .enterpriseName(enterprise == null ? null : "Org " + enterprise)
                .teamId(team)
                .teamName(team == null ? null : "Team " + team)
                .isEnterpriseInstall(team == null)
                .tokenType("bot")
                .scope("commands")
                .botScope("commands")
                .botId("B" + team)
                .botUserId("U0BOT" + team)
                .botAccessToken(token)
                .installerUserId(user)
                .installedAt(1_700_000_000_000L)
                .build();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anInstallComesBackWholeAndAReinstallReplacesIt(TestDatabases.Kind kind) throws Exception {
        DataSource db = TestDatabases.fresh(kind);
        SqlInstallationService store = new SqlInstallationService(db, APP);
        assertNull(store.findBot(null, "T1"));
        store.saveInstallerAndBot(install(null, "T1", "U1", "xoxb-t1-first"));
        Bot bot = store.findBot(null, "T1");
        assertNotNull(bot);
        assertEquals("xoxb-t1-first", bot.getBotAccessToken());
        assertEquals("A0MENTOR", bot.getAppId());
        assertEquals("T1", bot.getTeamId());
        assertEquals("Team T1", ((DefaultBot) bot).getTeamName());
        assertNull(bot.getEnterpriseId());
        assertFalse(bot.getIsEnterpriseInstall());
        assertEquals("BT1", bot.getBotId());
        assertEquals("U0BOTT1", bot.getBotUserId());
        assertEquals("commands", ((DefaultBot) bot).getScope());
        assertEquals("commands", bot.getBotScope());
        assertEquals("bot", bot.getTokenType());
        assertNull(bot.getBotRefreshToken());
        assertNull(bot.getBotTokenExpiresAt());
        assertEquals(1_700_000_000_000L, bot.getInstalledAt());

        store.saveInstallerAndBot(install(null, "T1", "U2", "xoxb-t1-second"));
        assertEquals("xoxb-t1-second", store.findBot(null, "T1").getBotAccessToken(), "the latest install wins");
        assertEquals(1, count(db, "slack_bots"));
        assertEquals(2, count(db, "slack_installers"), "both installers are remembered");
        assertNull(store.findBot(null, "T2"), "another workspace has no installation");
        assertNull(new SqlInstallationService(db, "9999.8888").findBot(null, "T1"), "nor does another app");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRefreshedTokenIsSavedAndInstallersCarryTheirOwnTokenAndTheBots(TestDatabases.Kind kind) throws Exception {
        SqlInstallationService store = new SqlInstallationService(TestDatabases.fresh(kind), APP);
        DefaultInstaller withUser = install(null, "T1", "U1", "xoxb-t1");
        withUser.setInstallerUserAccessToken("xoxp-u1");
        withUser.setInstallerUserScope("users:read");
        withUser.setInstallerUserTokenExpiresAt(1_800_000_000_000L);
        store.saveInstallerAndBot(withUser);
        Installer installer = store.findInstaller(null, "T1", "U1");
        assertNotNull(installer);
        assertEquals("xoxp-u1", installer.getInstallerUserAccessToken());
        assertEquals("users:read", installer.getInstallerUserScope());
        assertEquals(1_800_000_000_000L, installer.getInstallerUserTokenExpiresAt());
        assertEquals("xoxb-t1", installer.getBotAccessToken());
        assertNull(store.findInstaller(null, "T1", "U9"));

        Bot bot = store.findBot(null, "T1");
        bot.setBotAccessToken("xoxb-t1-rotated");
        bot.setBotRefreshToken("xoxe-1-refresh");
        bot.setBotTokenExpiresAt(1_900_000_000_000L);
        store.saveBot(bot);
        Bot rotated = store.findBot(null, "T1");
        assertEquals("xoxb-t1-rotated", rotated.getBotAccessToken());
        assertEquals("xoxe-1-refresh", rotated.getBotRefreshToken());
        assertEquals(1_900_000_000_000L, rotated.getBotTokenExpiresAt());

        store.deleteBot(rotated);
        assertNull(store.findBot(null, "T1"));
        Installer left = store.findInstaller(null, "T1", "U1");
        assertNull(left.getBotAccessToken(), "a deleted bot's token is nowhere");
        assertEquals("xoxp-u1", left.getInstallerUserAccessToken());
        store.deleteInstaller(left);
        assertNull(store.findInstaller(null, "T1", "U1"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void uninstallingDeletesOneWorkspaceOnly(TestDatabases.Kind kind) throws Exception {
        DataSource db = TestDatabases.fresh(kind);
        SqlInstallationService store = new SqlInstallationService(db, APP);
        store.saveInstallerAndBot(install(null, "T1", "U1", "xoxb-t1"));
        store.saveInstallerAndBot(install(null, "T2", "U2", "xoxb-t2"));
        store.deleteAll(null, "T1");
        assertNull(store.findBot(null, "T1"));
        assertNull(store.findInstaller(null, "T1", "U1"));
        assertEquals("xoxb-t2", store.findBot(null, "T2").getBotAccessToken());
        assertNotNull(store.findInstaller(null, "T2", "U2"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void enterpriseGridInstallsAreFoundAsBoltFindsThem(TestDatabases.Kind kind) throws Exception {
        SqlInstallationService store = new SqlInstallationService(TestDatabases.fresh(kind), APP);
        // Installed in T1 before T1 joined organization E1: found for requests that now name E1.
        store.saveInstallerAndBot(install(null, "T1", "U1", "xoxb-t1-alone"));
        assertEquals("xoxb-t1-alone", store.findBot("E1", "T1").getBotAccessToken());
        // Installed in T2 as part of E1.
        store.saveInstallerAndBot(install("E1", "T2", "U2", "xoxb-e1-t2"));
        assertEquals("xoxb-e1-t2", store.findBot("E1", "T2").getBotAccessToken());
        assertNull(store.findBot(null, "T2"), "not without its organization");
        // An organization-wide install serves every workspace of the organization first.
        store.saveInstallerAndBot(install("E1", null, "U3", "xoxb-e1-org"));
        assertEquals("xoxb-e1-org", store.findBot("E1", "T2").getBotAccessToken());
        assertEquals("xoxb-e1-org", store.findBot("E1", "T7").getBotAccessToken());
        assertTrue(store.findBot("E1", "T7").getIsEnterpriseInstall());
        assertNull(store.findBot("E2", "T7"));
        // Uninstalled from the whole organization: Slack names the organization as the team.
        store.deleteAll("E1", "E1");
        assertEquals("xoxb-e1-t2", store.findBot("E1", "T2").getBotAccessToken());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void saversRacingOnOneWorkspaceAllSucceedAndLeaveOneRow(TestDatabases.Kind kind) throws Exception {
        DataSource db = TestDatabases.fresh(kind);
        SqlInstallationService store = new SqlInstallationService(db, APP);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int n = 0; n < 40; n++) {
                String token = "xoxb-race-" + n;
                saves.add(pool.submit(() -> {
                    store.saveInstallerAndBot(install(null, "T1", "U1", token));
                    return null;
                }));
            }
            for (Future<?> f : saves) f.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count(db, "slack_bots"));
        assertEquals(1, count(db, "slack_installers"));
        assertTrue(store.findBot(null, "T1").getBotAccessToken().startsWith("xoxb-race-"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aStateIsGoodOnceAndOnlyUntilItExpires(TestDatabases.Kind kind) throws Exception {
        DataSource db = TestDatabases.fresh(kind);
        MovableClock clock = MovableClock.fromNow();
        SqlOAuthStateService states = new SqlOAuthStateService(db, clock);
        assertEquals(600, states.getExpirationInSeconds());
        states.addNewStateToDatastore("s-1");
        states.addNewStateToDatastore("s-2");
        assertTrue(states.isAvailableInDatabase("s-1"));
        assertFalse(states.isAvailableInDatabase("s-1"), "used up");
        assertFalse(states.isAvailableInDatabase("never-issued"));
        assertFalse(states.isAvailableInDatabase("x".repeat(5000)));
        clock.advance(SqlOAuthStateService.LIFETIME.plusSeconds(1));
        assertFalse(states.isAvailableInDatabase("s-2"), "expired");
        states.addNewStateToDatastore("s-3");
        assertEquals(1, count(db, "slack_oauth_states"), "issuing swept the expired one");
        states.deleteStateFromDatastore("s-3");
        assertEquals(0, count(db, "slack_oauth_states"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void installsInProgressAreBounded(TestDatabases.Kind kind) throws Exception {
        MovableClock clock = MovableClock.fromNow();
        SqlOAuthStateService states =
                new SqlOAuthStateService(TestDatabases.fresh(kind), clock, Duration.ofMinutes(10), 3);
        for (int n = 0; n < 3; n++) states.addNewStateToDatastore("s-" + n);
        assertThrows(SqlOAuthStateService.TooManyInstalls.class, () -> states.addNewStateToDatastore("s-3"));
        clock.advance(Duration.ofMinutes(11));
        states.addNewStateToDatastore("s-4"); // the expired ones made room
        assertTrue(states.isAvailableInDatabase("s-4"));
    }

    static long count(DataSource db, String table) throws Exception {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
