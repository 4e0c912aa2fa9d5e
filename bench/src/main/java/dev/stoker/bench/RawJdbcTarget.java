package dev.stoker.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.stream.LongStream;
import javax.sql.DataSource;

/**
 * What PostgreSQL allows with plain JDBC on a minimal table: claim up to 100 rows in one {@code
 * UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED LIMIT 100) RETURNING}, run them, then
 * one {@code DELETE ... WHERE id = ANY(?)} per claimed batch. No history. The enqueues are plain
 * inserts; in the pickup latency workload each insert also notifies the workers (which listen on a
 * connection of their own) within its transaction. Notifying in every enqueue would serialize the
 * commits of concurrent enqueuers: PostgreSQL holds a lock on its notification queue from a
 * notifying transaction's commit until the commit is flushed.
 */
final class RawJdbcTarget implements Target {

  static final String INSERT = "insert into bench_job (ticket) values (?)";
  // The notification is sent when the insert's transaction commits; one statement, one round trip.
  static final String INSERT_AND_NOTIFY =
      """
      with job as (insert into bench_job (ticket) values (?) returning id)
      select pg_notify('bench_job', '') from job
      """;
  static final String INSERT_ALL = "insert into bench_job (ticket) select unnest(?::bigint[])";

  @Override
  public String name() {
    return "raw JDBC ceiling";
  }

  @Override
  public String configuration() {
    return "plain JDBC on one minimal table: claims of up to "
        + RawJdbcServer.CLAIM_SIZE
        + " rows per round trip, one DELETE ... = ANY(?) per claimed batch; plain inserts, and in"
        + " the pickup latency workload a NOTIFY in the insert's statement that wakes idle workers"
        + " (LISTEN on a connection of their own), "
        + RawJdbcServer.FALLBACK_POLL.toMillis()
        + " ms poll as the fallback; no history";
  }

  @Override
  public Duration pollInterval() {
    return RawJdbcServer.FALLBACK_POLL;
  }

  @Override
  public void createSchema(DataSource dataSource) throws SQLException, IOException {
    try (InputStream in = getClass().getResourceAsStream("/raw-tables.sql")) {
      Sql.execute(dataSource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Override
  public Client client(DataSource dataSource) {
    return new Client() {
      @Override
      public void enqueue(long ticket) throws SQLException {
        try (Connection connection = dataSource.getConnection();
            PreparedStatement insert = connection.prepareStatement(INSERT)) {
          insert.setLong(1, ticket);
          insert.executeUpdate();
        }
      }

      @Override
      public void enqueueAndWake(long ticket) throws SQLException {
        try (Connection connection = dataSource.getConnection();
            PreparedStatement insert = connection.prepareStatement(INSERT_AND_NOTIFY)) {
          insert.setLong(1, ticket);
          insert.executeQuery().close();
        }
      }

      @Override
      public void enqueueAll(int count) throws SQLException {
        try (Connection connection = dataSource.getConnection();
            PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
          Long[] tickets = LongStream.range(0, count).boxed().toArray(Long[]::new);
          Array array = connection.createArrayOf("bigint", tickets);
          insert.setArray(1, array);
          insert.executeUpdate();
          array.free();
        }
      }

      @Override
      public void close() {
        // Connections go back to the pool after each call.
      }
    };
  }

  @Override
  public Server server(DataSource dataSource, int workers) throws SQLException {
    return RawJdbcServer.start(dataSource, workers);
  }

  @Override
  public long waiting(DataSource dataSource) throws SQLException {
    return Sql.count(dataSource, "select count(*) from bench_job where claimed_at is null");
  }

  @Override
  public long done(DataSource dataSource, long created) throws SQLException {
    return created - Sql.count(dataSource, "select count(*) from bench_job");
  }
}
