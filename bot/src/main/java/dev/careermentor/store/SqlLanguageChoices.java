package dev.careermentor.store;

import dev.careermentor.core.i18n.Lang;
import dev.careermentor.core.i18n.Languages;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Users' language choices in the database: read at each answer, so a choice made on one copy holds on all. */
final class SqlLanguageChoices implements Languages.Choices {
    private static final Logger log = LoggerFactory.getLogger(SqlLanguageChoices.class);

    private final DataSource ds;
    private final Clock clock;

    SqlLanguageChoices(DataSource ds, Clock clock) {
        this.ds = ds;
        this.clock = clock;
    }

    @Override
    public Optional<Lang> get(String userKey) {
        try {
            return Sql.run(ds, "read a language choice", c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT lang FROM user_languages WHERE user_key = ?")) {
                    p.setString(1, userKey);
                    try (ResultSet r = p.executeQuery()) {
                        return r.next() ? Lang.of(r.getString(1)) : Optional.<Lang>empty();
                    }
                }
            });
        } catch (IOException e) {
            log.warn("{}: answering in the platform's or the default language", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void put(String userKey, Lang lang) throws IOException {
        long now = clock.millis();
        Sql.transaction(ds, "keep the language choice", c -> {
            put(c, userKey, lang.code(), now);
            return 0;
        });
    }

    /** Insert or update, in SQL both PostgreSQL and H2 run: update, else insert, else (a racing insert) update. */
    static void put(Connection c, String userKey, String code, long now) throws SQLException {
        if (update(c, userKey, code, now) == 1) return;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO user_languages (user_key, lang, chosen_at_ms) "
                + "VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            p.setString(1, userKey);
            p.setString(2, code);
            p.setLong(3, now);
            if (p.executeUpdate() == 1) return;
        }
        update(c, userKey, code, now);
    }

    private static int update(Connection c, String userKey, String code, long now) throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement("UPDATE user_languages SET lang = ?, chosen_at_ms = ? WHERE user_key = ?")) {
            p.setString(1, code);
            p.setLong(2, now);
            p.setString(3, userKey);
            return p.executeUpdate();
        }
    }

    @Override
    public void remove(String userKey) throws IOException {
        Sql.run(ds, "forget the language choice", c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM user_languages WHERE user_key = ?")) {
                p.setString(1, userKey);
                return p.executeUpdate();
            }
        });
    }
}
