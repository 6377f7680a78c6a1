package dev.careermentor.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Bolt's installations of this app (one per workspace, or per organization for an organization-wide
 * install) in the SQL database, tables {@code slack_bots} and {@code slack_installers} (migration V2). Every
 * replica reads the same rows, so an install or uninstall handled by one is seen by all at the next request.
 *
 * <p>Lookups follow Bolt's own services: for a request from an Enterprise Grid workspace the
 * organization-wide install comes first, then the workspace's own, then one made before the workspace joined
 * the organization. Only the latest installation of each workspace is kept (no history). Tokens are stored as
 * Bolt hands them over and are never logged, nor put in an exception's message.
 */
final class SqlInstallationService implements InstallationService {
    /** What a request from a workspace without an installation is told (see {@link NotInstalled}). */
    static final String NOT_INSTALLED = "Career Mentor is not installed in this workspace (any more), so it cannot "
            + "answer here. Someone allowed to add apps can install it again from the bot's install page "
            + "(/slack/install on the bot's address).";

    private static final String BOT_COLUMNS = "app_id, enterprise_name, enterprise_url, team_name, "
            + "is_enterprise_install, token_type, scope, bot_id, bot_user_id, bot_scope, bot_access_token, "
            + "bot_refresh_token, bot_token_expires_at, installed_at";
    private static final String INSTALLER_COLUMNS = "app_id, enterprise_name, enterprise_url, team_name, "
            + "is_enterprise_install, token_type, user_scope, user_access_token, user_refresh_token, "
            + "user_token_expires_at, incoming_webhook_url, incoming_webhook_channel_id, "
            + "incoming_webhook_configuration_url, installed_at";
    /** Organization-wide install first, then the workspace's own, then one from before it joined the org. */
    private static final String PRIORITY =
            " ORDER BY CASE WHEN x.team_id = '' THEN 0 WHEN x.enterprise_id = '' THEN 2 ELSE 1 END";

    private final DataSource db;
    private final String clientId;

    /**
     * @param db the database migrated by Flyway (V2__slack_installations.sql)
     * @param clientId the app's client id: installations of another app in the same database are not this one's
     */
    SqlInstallationService(DataSource db, String clientId) {
        this.db = db;
        this.clientId = clientId;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean enabled) {
        if (enabled) throw new UnsupportedOperationException("only the latest installation of a workspace is kept");
    }

    /** An install: the workspace's bot, and the installing user (with their token if user scopes were asked). */
    @Override
    public void saveInstallerAndBot(Installer installer) throws SQLException {
        transaction(c -> {
            if (installer.getBotAccessToken() != null) upsertBot(c, installer.toBot());
            if (installer.getInstallerUserId() != null) upsertInstaller(c, installer);
            return null;
        });
    }

    /** A bot whose token was refreshed (token rotation). */
    @Override
    public void saveBot(Bot bot) throws SQLException {
        transaction(c -> {
            upsertBot(c, bot);
            return null;
        });
    }

    @Override
    public void deleteBot(Bot bot) throws SQLException {
        update(
                "DELETE FROM slack_bots WHERE client_id = ? AND enterprise_id = ? AND team_id = ?",
                clientId,
                key(bot.getEnterpriseId()),
                key(bot.getTeamId()));
    }

    @Override
    public void deleteInstaller(Installer installer) throws SQLException {
        update(
                "DELETE FROM slack_installers WHERE client_id = ? AND enterprise_id = ? AND team_id = ? AND user_id = ?",
                clientId,
                key(installer.getEnterpriseId()),
                key(installer.getTeamId()),
                key(installer.getInstallerUserId()));
    }

    /**
     * Everything kept for a workspace, as when the app is uninstalled from it. For an organization-wide
     * uninstall Slack names the organization as the team (or no team), and the organization's own install
     * goes too.
     */
    @Override
    public void deleteAll(@Nullable String enterpriseId, @Nullable String teamId) {
        String e = key(enterpriseId);
        String t = key(teamId);
        boolean orgWide = !e.isEmpty() && (t.isEmpty() || t.equals(e));
        try {
            transaction(c -> {
                for (String table : new String[] {"slack_bots", "slack_installers"}) {
                    String sql = "DELETE FROM " + table + " WHERE client_id = ? AND enterprise_id = ? AND team_id = ?";
                    execute(c, sql, clientId, e, t);
                    if (orgWide) execute(c, sql, clientId, e, "");
                }
                return null;
            });
        } catch (SQLException x) {
            throw new Unavailable("could not delete the installation of " + where(enterpriseId, teamId), x);
        }
    }

    /** How many workspaces (and organizations) have the app installed. */
    int count() {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM slack_bots WHERE client_id = ?")) {
            s.setString(1, clientId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        } catch (SQLException x) {
            throw new Unavailable("could not count the installations", x);
        }
    }

    @Override
    public @Nullable Bot findBot(@Nullable String enterpriseId, @Nullable String teamId) {
        String sql = "SELECT x.enterprise_id, x.team_id, " + prefixed("x.", BOT_COLUMNS) + " FROM slack_bots x WHERE "
                + match(enterpriseId) + PRIORITY + " LIMIT 1";
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bindMatch(s, 1, enterpriseId, teamId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? bot(r) : null;
            }
        } catch (SQLException x) {
            throw new Unavailable("could not read the installation of " + where(enterpriseId, teamId), x);
        }
    }

    /** The installing user, with the bot of the same install when it is still there. */
    @Override
    public @Nullable Installer findInstaller(
            @Nullable String enterpriseId, @Nullable String teamId, @Nullable String userId) {
        if (userId == null) return null;
        String sql = "SELECT x.enterprise_id, x.team_id, x.user_id, " + prefixed("x.", INSTALLER_COLUMNS) + ", "
                + "b.scope, b.bot_id, b.bot_user_id, b.bot_scope, b.bot_access_token, b.bot_refresh_token, "
                + "b.bot_token_expires_at FROM slack_installers x LEFT JOIN slack_bots b ON b.client_id = x.client_id "
                + "AND b.enterprise_id = x.enterprise_id AND b.team_id = x.team_id WHERE x.user_id = ? AND "
                + match(enterpriseId) + PRIORITY + " LIMIT 1";
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, userId);
            bindMatch(s, 2, enterpriseId, teamId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? installer(r) : null;
            }
        } catch (SQLException x) {
            throw new Unavailable("could not read an installer in " + where(enterpriseId, teamId), x);
        }
    }

    @Override
    public String getInstallationGuideText(
            @Nullable String enterpriseId, @Nullable String teamId, @Nullable String userId) {
        return NOT_INSTALLED;
    }

    /** The rows a request from this organization and workspace may use (see {@link #PRIORITY}). */
    private static String match(@Nullable String enterpriseId) {
        return enterpriseId == null
                ? "x.client_id = ? AND x.enterprise_id = '' AND x.team_id = ?"
                : "x.client_id = ? AND ((x.enterprise_id = ? AND x.team_id = '') OR (x.enterprise_id = ? AND "
                        + "x.team_id = ?) OR (x.enterprise_id = '' AND x.team_id = ?))";
    }

    private void bindMatch(PreparedStatement s, int from, @Nullable String enterpriseId, @Nullable String teamId)
            throws SQLException {
        int i = from;
        s.setString(i++, clientId);
        if (enterpriseId != null) {
            s.setString(i++, enterpriseId);
            s.setString(i++, enterpriseId);
            s.setString(i++, key(teamId));
        }
        s.setString(i, key(teamId));
    }

    /**
     * Update, else insert, in the caller's transaction. An insert that finds the row already there (another
     * replica saved the same workspace meanwhile) updates it after all: the last save wins.
     */
    private void upsertBot(Connection c, Bot b) throws SQLException {
        // Names and scope are on Bolt's classes, not its interfaces; DefaultInstaller.toBot() leaves botScope out.
        DefaultBot d = b instanceof DefaultBot db ? db : null;
        String scope = d == null ? null : d.getScope();
        Object[] values = {
            b.getAppId(),
            d == null ? null : d.getEnterpriseName(),
            b.getEnterpriseUrl(),
            d == null ? null : d.getTeamName(),
            Boolean.TRUE.equals(b.getIsEnterpriseInstall()),
            b.getTokenType(),
            scope,
            b.getBotId(),
            b.getBotUserId(),
            b.getBotScope() != null ? b.getBotScope() : scope,
            b.getBotAccessToken(),
            b.getBotRefreshToken(),
            bigint(b.getBotTokenExpiresAt()),
            installedAt(b.getInstalledAt())
        };
        Object[] keys = {clientId, key(b.getEnterpriseId()), key(b.getTeamId())};
        upsert(c, "slack_bots", "client_id, enterprise_id, team_id", keys, BOT_COLUMNS, values);
    }

    private void upsertInstaller(Connection c, Installer i) throws SQLException {
        DefaultInstaller d = i instanceof DefaultInstaller di ? di : null;
        Object[] values = {
            i.getAppId(),
            d == null ? null : d.getEnterpriseName(),
            i.getEnterpriseUrl(),
            d == null ? null : d.getTeamName(),
            Boolean.TRUE.equals(i.getIsEnterpriseInstall()),
            i.getTokenType(),
            i.getInstallerUserScope(),
            i.getInstallerUserAccessToken(),
            i.getInstallerUserRefreshToken(),
            bigint(i.getInstallerUserTokenExpiresAt()),
            i.getIncomingWebhookUrl(),
            i.getIncomingWebhookChannelId(),
            i.getIncomingWebhookConfigurationUrl(),
            installedAt(i.getInstalledAt())
        };
        Object[] keys = {clientId, key(i.getEnterpriseId()), key(i.getTeamId()), key(i.getInstallerUserId())};
        upsert(c, "slack_installers", "client_id, enterprise_id, team_id, user_id", keys, INSTALLER_COLUMNS, values);
    }

    private static void upsert(
            Connection c, String table, String keyColumns, Object[] keys, String columns, Object[] values)
            throws SQLException {
        String[] keyNames = keyColumns.split(", ", -1);
        String[] names = columns.split(", ", -1);
        StringBuilder update = new StringBuilder("UPDATE " + table + " SET ");
        for (int n = 0; n < names.length; n++)
            update.append(n == 0 ? "" : ", ").append(names[n]).append(" = ?");
        update.append(" WHERE ");
        for (int n = 0; n < keyNames.length; n++)
            update.append(n == 0 ? "" : " AND ").append(keyNames[n]).append(" = ?");
        Object[] updateArgs = concat(values, keys);
        if (execute(c, update.toString(), updateArgs) > 0) return;
        String insert = "INSERT INTO " + table + " (" + keyColumns + ", " + columns + ") VALUES ("
                + "?, ".repeat(keyNames.length + names.length - 1) + "?) ON CONFLICT DO NOTHING";
        if (execute(c, insert, concat(keys, values)) > 0) return;
        execute(c, update.toString(), updateArgs);
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] all = new Object[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static int execute(Connection c, String sql, @Nullable Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int n = 0; n < args.length; n++) {
                Object v = args[n];
                if (v == null) s.setNull(n + 1, Types.VARCHAR);
                else if (v instanceof NullBigint) s.setNull(n + 1, Types.BIGINT);
                else if (v instanceof Long l) s.setLong(n + 1, l);
                else if (v instanceof Boolean b) s.setBoolean(n + 1, b);
                else s.setString(n + 1, v.toString());
            }
            return s.executeUpdate();
        }
    }

    private void update(String sql, Object... args) throws SQLException {
        transaction(c -> execute(c, sql, args));
    }

    interface Work<T> {
        @Nullable
        T run(Connection c) throws SQLException;
    }

    private <T> @Nullable T transaction(Work<T> work) throws SQLException {
        return transaction(db, work);
    }

    /** Runs {@code work} in one transaction on a connection of {@code db}: all of it is kept, or none. */
    static <T> @Nullable T transaction(DataSource db, Work<T> work) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static DefaultBot bot(ResultSet r) throws SQLException {
        DefaultBot b = new DefaultBot();
        b.setEnterpriseId(id(r.getString("enterprise_id")));
        b.setTeamId(id(r.getString("team_id")));
        b.setAppId(r.getString("app_id"));
        b.setEnterpriseName(r.getString("enterprise_name"));
        b.setEnterpriseUrl(r.getString("enterprise_url"));
        b.setTeamName(r.getString("team_name"));
        b.setIsEnterpriseInstall(r.getBoolean("is_enterprise_install"));
        b.setTokenType(r.getString("token_type"));
        b.setScope(r.getString("scope"));
        b.setBotId(r.getString("bot_id"));
        b.setBotUserId(r.getString("bot_user_id"));
        b.setBotScope(r.getString("bot_scope"));
        b.setBotAccessToken(r.getString("bot_access_token"));
        b.setBotRefreshToken(r.getString("bot_refresh_token"));
        b.setBotTokenExpiresAt(r.getObject("bot_token_expires_at", Long.class));
        b.setInstalledAt(r.getLong("installed_at"));
        return b;
    }

    private static DefaultInstaller installer(ResultSet r) throws SQLException {
        DefaultInstaller i = new DefaultInstaller();
        i.setEnterpriseId(id(r.getString("enterprise_id")));
        i.setTeamId(id(r.getString("team_id")));
        i.setInstallerUserId(r.getString("user_id"));
        i.setAppId(r.getString("app_id"));
        i.setEnterpriseName(r.getString("enterprise_name"));
        i.setEnterpriseUrl(r.getString("enterprise_url"));
        i.setTeamName(r.getString("team_name"));
        i.setIsEnterpriseInstall(r.getBoolean("is_enterprise_install"));
        i.setTokenType(r.getString("token_type"));
        i.setInstallerUserScope(r.getString("user_scope"));
        i.setInstallerUserAccessToken(r.getString("user_access_token"));
        i.setInstallerUserRefreshToken(r.getString("user_refresh_token"));
        i.setInstallerUserTokenExpiresAt(r.getObject("user_token_expires_at", Long.class));
        i.setIncomingWebhookUrl(r.getString("incoming_webhook_url"));
        i.setIncomingWebhookChannelId(r.getString("incoming_webhook_channel_id"));
        i.setIncomingWebhookConfigurationUrl(r.getString("incoming_webhook_configuration_url"));
        i.setInstalledAt(r.getLong("installed_at"));
        // The bot's part, when the workspace's bot is still installed.
        i.setScope(r.getString("scope"));
        i.setBotId(r.getString("bot_id"));
        i.setBotUserId(r.getString("bot_user_id"));
        i.setBotScope(r.getString("bot_scope"));
        i.setBotAccessToken(r.getString("bot_access_token"));
        i.setBotRefreshToken(r.getString("bot_refresh_token"));
        i.setBotTokenExpiresAt(r.getObject("bot_token_expires_at", Long.class));
        return i;
    }

    private static String prefixed(String prefix, String columns) {
        return prefix + columns.replace(", ", ", " + prefix);
    }

    /** A BIGINT that may be absent: PostgreSQL refuses a NULL typed as text for a BIGINT column. */
    private static Object bigint(@Nullable Long value) {
        return value == null ? NullBigint.INSTANCE : value;
    }

    private enum NullBigint {
        INSTANCE
    }

    private static long installedAt(@Nullable Long millis) {
        return millis == null ? 0L : millis;
    }

    /** The stored form of an id: '' for none. */
    private static String key(@Nullable String id) {
        return id == null ? "" : id;
    }

    private static @Nullable String id(@Nullable String stored) {
        return stored == null || stored.isEmpty() ? null : stored;
    }

    private static String where(@Nullable String enterpriseId, @Nullable String teamId) {
        return "team " + teamId + (enterpriseId == null ? "" : " of organization " + enterpriseId);
    }

    /** The database could not be reached or refused a statement; the message names no secret. */
    static final class Unavailable extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Unavailable(String what, SQLException cause) {
            super(
                    what + " (SQLState " + cause.getSQLState() + ", "
                            + cause.getClass().getSimpleName() + ")",
                    cause);
        }
    }
}
