package dev.careermentor.slack;

import com.slack.api.bolt.service.OAuthStateService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The state values of installs in progress, in the SQL database (table {@code slack_oauth_states}), so that an
 * install started on one replica can finish on another. {@code /slack/install} hands each browser a new value,
 * in the authorize link and in a cookie; Slack brings it back to {@code /slack/oauth_redirect}, where Bolt
 * accepts the install only if the link's value, the cookie's and a stored, unexpired one agree.
 *
 * <p>Unlike Bolt's own services, checking a value also uses it up: the row is deleted by the same statement
 * that finds it, so two callbacks racing with one value (a replayed redirect) cannot both get through, and a
 * value Slack refused the code for cannot be tried again. Expired values are swept when new ones are issued,
 * and at most {@link #MAX_PENDING} wait at once, so a crawler hitting {@code /slack/install} cannot fill the
 * table.
 */
final class SqlOAuthStateService implements OAuthStateService {
    /** How long an installer has between opening the install page and coming back from Slack. */
    static final Duration LIFETIME = Duration.ofMinutes(10);
    /** The most installs in progress at once; past it the install page asks to try again later. */
    static final int MAX_PENDING = 10_000;
    /** Longer values were never issued here (issued ones are UUIDs) and are not looked up. */
    private static final int MAX_LENGTH = 128;

    private final DataSource db;
    private final Clock clock;
    private final Duration lifetime;
    private final int maxPending;

    /** @param clock the time states expire on (the composition root's) */
    SqlOAuthStateService(DataSource db, Clock clock) {
        this(db, clock, LIFETIME, MAX_PENDING);
    }

    SqlOAuthStateService(DataSource db, Clock clock, Duration lifetime, int maxPending) {
        this.db = db;
        this.clock = clock;
        this.lifetime = lifetime;
        this.maxPending = maxPending;
    }

    /** Also the cookie's Max-Age. */
    @Override
    public long getExpirationInSeconds() {
        return lifetime.toSeconds();
    }

    @Override
    public void addNewStateToDatastore(String state) throws SQLException {
        long now = clock.millis();
        SqlInstallationService.transaction(db, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM slack_oauth_states WHERE expires_at <= ?")) {
                s.setLong(1, now);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM slack_oauth_states");
                    ResultSet r = s.executeQuery()) {
                if (r.next() && r.getLong(1) >= maxPending) throw new TooManyInstalls(maxPending);
            }
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO slack_oauth_states (state, expires_at) VALUES (?, ?)")) {
                s.setString(1, state);
                s.setLong(2, now + lifetime.toMillis());
                return s.executeUpdate();
            }
        });
    }

    /** True once for a stored, unexpired value: finding it deletes it. */
    @Override
    public boolean isAvailableInDatabase(String state) {
        if (state.length() > MAX_LENGTH) return false;
        try (Connection c = db.getConnection();
                PreparedStatement s =
                        c.prepareStatement("DELETE FROM slack_oauth_states WHERE state = ? AND expires_at > ?")) {
            s.setString(1, state);
            s.setLong(2, clock.millis());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new SqlInstallationService.Unavailable("could not check an install's state", e);
        }
    }

    /** Already gone if it was checked; deleting again is harmless. */
    @Override
    public void deleteStateFromDatastore(String state) throws SQLException {
        if (state.length() > MAX_LENGTH) return;
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM slack_oauth_states WHERE state = ?")) {
            s.setString(1, state);
            s.executeUpdate();
        }
    }

    /** Too many installs are waiting for Slack to send their installers back. */
    static final class TooManyInstalls extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        TooManyInstalls(int max) {
            super(max + " installs are already in progress");
        }
    }
}
