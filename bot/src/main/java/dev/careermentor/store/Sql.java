package dev.careermentor.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** Small JDBC helpers: a connection or a transaction per call, SQL errors as {@link IOException}s. */
final class Sql {
    private Sql() {}

    interface Work<T extends @Nullable Object> {
        T run(Connection c) throws SQLException, IOException;
    }

    /** Runs {@code work} on a connection in auto-commit mode. */
    static <T extends @Nullable Object> T run(DataSource ds, String what, Work<T> work) throws IOException {
        try (Connection c = ds.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is kept, or none. */
    static <T extends @Nullable Object> T transaction(DataSource ds, String what, Work<T> work) throws IOException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                T out = work.run(c);
                c.commit();
                return out;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    static IOException failed(String what, SQLException e) {
        return new IOException("the database could not " + what + ": " + e.getMessage(), e);
    }
}
