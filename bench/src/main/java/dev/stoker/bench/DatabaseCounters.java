package dev.stoker.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * PostgreSQL's own counters of one database's transactions and of the server's WAL, read once no
 * session is left on the database (sessions report their statistics when they end), and the CPU
 * time of this JVM (the target's) and of the server at that moment.
 */
final class DatabaseCounters {

  private static final Duration SESSIONS_END_WITHIN = Duration.ofSeconds(10);

  private final long transactions;
  private final long walSyncs;
  private final long walBytes;
  private final long jvmCpuNanos;
  private final long postgresCpuNanos;

  private DatabaseCounters(
      long transactions, long walSyncs, long walBytes, long jvmCpuNanos, long postgresCpuNanos) {
    this.transactions = transactions;
    this.walSyncs = walSyncs;
    this.walBytes = walBytes;
    this.jvmCpuNanos = jvmCpuNanos;
    this.postgresCpuNanos = postgresCpuNanos;
  }

  /** Reads the counters once every session on the database has ended. */
  static DatabaseCounters read(PostgresServer server, String database)
      throws SQLException, InterruptedException {
    try (Connection admin = server.admin()) {
      awaitNoSessions(admin, database);
      long transactions;
      try (PreparedStatement query =
          admin.prepareStatement(
              "select xact_commit + xact_rollback from pg_stat_database where datname = ?")) {
        query.setString(1, database);
        try (ResultSet row = query.executeQuery()) {
          row.next();
          transactions = row.getLong(1);
        }
      }
      try (PreparedStatement query =
              admin.prepareStatement("select wal_sync, wal_bytes from pg_stat_wal");
          ResultSet row = query.executeQuery()) {
        row.next();
        return new DatabaseCounters(
            transactions,
            row.getLong(1),
            row.getLong(2),
            CpuTime.ofThisProcess(),
            server.cpuNanos());
      }
    }
  }

  private static void awaitNoSessions(Connection admin, String database)
      throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + SESSIONS_END_WITHIN.toNanos();
    try (PreparedStatement query =
        admin.prepareStatement("select count(*) from pg_stat_activity where datname = ?")) {
      query.setString(1, database);
      while (true) {
        try (ResultSet row = query.executeQuery()) {
          row.next();
          if (row.getLong(1) == 0) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "Sessions on " + database + " are still open " + SESSIONS_END_WITHIN + " after use");
        }
        Thread.sleep(5);
      }
    }
  }

  /** What happened between the earlier reading and this one, per job. */
  Cost since(DatabaseCounters earlier, long jobs) {
    return new Cost(
        (double) (transactions - earlier.transactions) / jobs,
        (double) (walSyncs - earlier.walSyncs) / jobs,
        (double) (walBytes - earlier.walBytes) / jobs,
        (jvmCpuNanos - earlier.jvmCpuNanos) / 1000.0 / jobs,
        (postgresCpuNanos - earlier.postgresCpuNanos) / 1000.0 / jobs);
  }
}
