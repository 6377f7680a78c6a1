package dev.careermentor.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.careermentor.core.io.DataFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;

/**
 * The database behind the {@link Store}: PostgreSQL shared by every copy of the bot, or an embedded H2
 * file under the data folder for one process with no set-up. Both run the same SQL: H2 is opened in its
 * PostgreSQL mode, and the migrations use only what both understand. Opening migrates the schema
 * (Flyway); a database newer than this build is refused rather than written with an older schema.
 */
public final class Database implements AutoCloseable {

    /** Which database this is: it changes nothing in the SQL, only what the bot can promise. */
    public enum Kind {
        /** Shared by every copy that names it. */
        POSTGRESQL,
        /** One process's file under the data folder; a second process cannot open it. */
        EMBEDDED,
        /** In memory, gone when the process ends: tests and tools with no data folder. */
        MEMORY
    }

    /** The file name (without H2's {@code .mv.db}) of the embedded database in the data folder. */
    public static final String EMBEDDED_NAME = "mentor";

    // DB_CLOSE_ON_EXIT=FALSE: H2's own shutdown hook would close the file while the bot's still drains
    // requests and flushes its counts at SIGTERM; closing the pool closes the database instead.
    private static final String H2_MODE =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
    private static final AtomicLong MEMORY_IDS = new AtomicLong();

    private final HikariDataSource pool;
    private final Kind kind;
    private final String description;

    private Database(HikariDataSource pool, Kind kind, String description) {
        this.pool = pool;
        this.kind = kind;
        this.description = description;
    }

    /**
     * PostgreSQL at {@code url} ({@code jdbc:postgresql://host:5432/name}); throws {@link
     * DatabaseException} saying what went wrong (unreachable, refused credentials, a newer schema).
     */
    public static Database postgres(String url, @Nullable String user, @Nullable String password, int poolSize) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new DatabaseException("MENTOR_DATABASE_URL must be a PostgreSQL JDBC URL like "
                    + "jdbc:postgresql://db.example.com:5432/mentor, not " + redact(url));
        }
        HikariConfig c = config(url, "mentor-postgres", poolSize);
        if (user != null) c.setUsername(user);
        if (password != null) c.setPassword(password);
        return open(c, Kind.POSTGRESQL, redact(url));
    }

    /** The embedded database in {@code dataDir} ({@code mentor.mv.db}), created on first use. */
    public static Database embedded(Path dataDir) {
        Path abs = dataDir.toAbsolutePath().normalize();
        try {
            DataFiles.createFolder(abs);
        } catch (java.io.IOException e) {
            throw new DatabaseException("cannot create the data folder " + abs + " (" + e.getMessage()
                    + "): set MENTOR_DATA_DIR to a folder the bot can write");
        }
        // FILE_LOCK=FILE (the default) keeps a second process out: two copies on one file would each
        // believe they own it. Several copies need MENTOR_DATABASE_URL instead.
        String url = "jdbc:h2:file:" + abs.resolve(EMBEDDED_NAME) + H2_MODE;
        Database db =
                open(config(url, "mentor-embedded", 4), Kind.EMBEDDED, abs.resolve(EMBEDDED_NAME + ".mv.db") + "");
        // H2 creates its files with the default mode; like every data file they are the bot's user's only.
        try (var files = Files.newDirectoryStream(abs, EMBEDDED_NAME + ".*")) {
            for (Path f : files) DataFiles.restrict(f);
        } catch (java.io.IOException e) {
            db.close();
            throw new DatabaseException("cannot restrict the embedded database's files in " + abs + " to the bot's "
                    + "user (" + e.getMessage() + ")");
        }
        return db;
    }

    /** A private in-memory database, gone when closed: for tests and tools without a data folder. */
    public static Database memory() {
        String url = "jdbc:h2:mem:mentor-" + MEMORY_IDS.incrementAndGet() + H2_MODE + ";DB_CLOSE_DELAY=-1";
        return open(config(url, "mentor-memory", 4), Kind.MEMORY, "memory");
    }

    private static HikariConfig config(String url, String name, int poolSize) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        c.setPoolName(name);
        c.setMaximumPoolSize(poolSize);
        c.setMinimumIdle(1);
        // A request waits at most this long for a connection: the platforms give 3 s to acknowledge.
        c.setConnectionTimeout(2_000);
        c.setValidationTimeout(1_000);
        // Fail at start when the database cannot be reached, with the reason, not at the first question.
        c.setInitializationFailTimeout(10_000);
        return c;
    }

    private static Database open(HikariConfig c, Kind kind, String description) {
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(c);
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException e) {
            throw new DatabaseException(explain(kind, description, e));
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new DatabaseException("the database " + description + " could not be brought up to this "
                    + "version's schema: " + e.getMessage()
                    + (String.valueOf(e.getMessage()).contains("not resolved locally")
                            ? " (it was used by a newer version of the bot: run that version, or a new database)"
                            : ""));
        }
        return new Database(pool, kind, description);
    }

    private static String explain(Kind kind, String description, Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String why = root.getMessage() == null ? root.toString() : root.getMessage();
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null && chain.length() < 10_000; t = t.getCause() == t ? null : t.getCause())
            chain.append(t.getMessage()).append('\n');
        String all = chain.toString().toLowerCase(Locale.ROOT);
        if (kind == Kind.EMBEDDED && (all.contains("already in use") || all.contains("file is locked"))) {
            return "the embedded database " + description + " is in use by another process. One data folder "
                    + "serves one process: give each copy its own MENTOR_DATA_DIR, or set MENTOR_DATABASE_URL "
                    + "to a PostgreSQL database that every copy shares.";
        }
        if (kind == Kind.POSTGRESQL) {
            return "cannot connect to the database " + description + ": " + why
                    + " (check MENTOR_DATABASE_URL, MENTOR_DATABASE_USER and MENTOR_DATABASE_PASSWORD, and that "
                    + "the server accepts connections from here)";
        }
        return "cannot open the database " + description + ": " + why;
    }

    /** The URL without any password a user put into it. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*:[^/@]*@", "//***@");
    }

    public DataSource dataSource() {
        return pool;
    }

    public Kind kind() {
        return kind;
    }

    /** Where the data is, for people: the URL without secrets, or the embedded file. */
    public String describe() {
        return description;
    }

    /** True when a connection can be had and answers; for readiness. */
    public boolean reachable() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "Database[" + kind.name().toLowerCase(Locale.ROOT) + ", " + description + "]";
    }
}
