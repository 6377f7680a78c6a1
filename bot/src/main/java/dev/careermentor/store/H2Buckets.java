package dev.careermentor.store;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * bucket4j's select-for-update buckets on the embedded H2 database, in the same {@code cooldown_buckets}
 * table bucket4j's PostgreSQL integration uses. bucket4j ships no H2 module, and its PostgreSQL one names
 * the conflict column ({@code ON CONFLICT(id)}), which H2 does not parse; everything else (the bucket
 * arithmetic, the state format, the transaction protocol) is bucket4j's own.
 */
final class H2Buckets extends AbstractSelectForUpdateBasedProxyManager<String> implements ExpiredEntriesCleaner {
    private final DataSource ds;
    private final Clock clock;
    private final Optional<CustomColumnProvider<String>> expiresAt;

    /** @param clock the wall clock, which bucket4j's {@code expires_at} column is in (epoch milliseconds) */
    H2Buckets(DataSource ds, Clock clock, ClientSideConfig config) {
        super(config);
        this.ds = ds;
        this.clock = clock;
        Optional<ExpirationAfterWriteStrategy> expiry = config.getExpirationAfterWriteStrategy();
        this.expiresAt = expiry.map(e -> CustomColumnProvider.createExpiresInColumnProvider("expires_at", e));
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    public void removeProxy(String key) {
        try (Connection c = ds.getConnection();
                PreparedStatement p = c.prepareStatement("DELETE FROM cooldown_buckets WHERE id = ?")) {
            p.setString(1, key);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    @Override
    public int removeExpired(int batchSize) {
        try (Connection c = ds.getConnection();
                PreparedStatement p = c.prepareStatement("DELETE FROM cooldown_buckets WHERE id IN "
                        + "(SELECT id FROM cooldown_buckets WHERE expires_at < ? LIMIT ?)")) {
            p.setLong(1, clock.millis());
            p.setInt(2, batchSize);
            return p.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> requestTimeoutNanos) {
        Connection c;
        try {
            c = ds.getConnection();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
        return new SelectForUpdateBasedTransaction() {
            @Override
            public void begin(Optional<Long> timeout) {
                run(() -> c.setAutoCommit(false));
            }

            @Override
            public void rollback() {
                run(c::rollback);
            }

            @Override
            public void commit(Optional<Long> timeout) {
                run(c::commit);
            }

            @Override
            public LockAndGetResult tryLockAndGet(Optional<Long> timeout) {
                try (PreparedStatement p =
                        c.prepareStatement("SELECT state FROM cooldown_buckets WHERE id = ? FOR UPDATE")) {
                    applyTimeout(p, timeout);
                    p.setString(1, key);
                    try (ResultSet r = p.executeQuery()) {
                        return r.next() ? LockAndGetResult.locked(r.getBytes(1)) : LockAndGetResult.notLocked();
                    }
                } catch (SQLException e) {
                    throw new BucketExceptions.BucketExecutionException(e);
                }
            }

            @Override
            public boolean tryInsertEmptyData(Optional<Long> timeout) {
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO cooldown_buckets (id, state) VALUES (?, NULL) ON CONFLICT DO NOTHING")) {
                    applyTimeout(p, timeout);
                    p.setString(1, key);
                    return p.executeUpdate() > 0;
                } catch (SQLException e) {
                    throw new BucketExceptions.BucketExecutionException(e);
                }
            }

            @Override
            public void update(byte[] data, RemoteBucketState state, Optional<Long> timeout) {
                String sql = expiresAt.isPresent()
                        ? "UPDATE cooldown_buckets SET state = ?, expires_at = ? WHERE id = ?"
                        : "UPDATE cooldown_buckets SET state = ? WHERE id = ?";
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    applyTimeout(p, timeout);
                    int i = 0;
                    p.setBytes(++i, data);
                    if (expiresAt.isPresent()) expiresAt.get().setCustomField(key, ++i, p, state, currentTimeNanos());
                    p.setString(++i, key);
                    p.executeUpdate();
                } catch (SQLException e) {
                    throw new BucketExceptions.BucketExecutionException(e);
                }
            }

            @Override
            public void release() {
                run(c::close);
            }

            private void run(SqlAction a) {
                try {
                    a.run();
                } catch (SQLException e) {
                    throw new BucketExceptions.BucketExecutionException(e);
                }
            }
        };
    }

    private interface SqlAction {
        void run() throws SQLException;
    }
}
