package dev.careermentor.slack;

import dev.careermentor.store.TestPostgres;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Real databases for the store's tests, migrated by the same Flyway migrations as production: an H2 database
 * in PostgreSQL mode (the embedded default) and a real PostgreSQL ({@link TestPostgres}: one server for the
 * whole test run, a fresh database per call).
 */
final class TestDatabases {
    /** The two kinds, as a parameterized test names them. */
    enum Kind {
        H2,
        POSTGRESQL
    }

    private static final AtomicInteger next = new AtomicInteger();

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

    private static DataSource postgres() {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(TestPostgres.newDatabase());
        return pg;
    }
}
