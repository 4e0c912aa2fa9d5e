package dev.stoker.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Where the database time of a job goes: the statements (so the round trips) each job costs in a
 * single-call enqueue, a bulk enqueue and a drain with 8 workers, with the rows and the WAL each
 * statement writes, counted by pg_stat_statements on a server restarted with it, durable settings.
 * A WAL record is one row version or one index entry written (or a lock or a commit), so the
 * records beyond the rows show the index entries. Not part of the timed tables: the extension costs
 * a little.
 */
final class StatementProfile {

  private static final int SHOWN = 8;

  private final PostgresServer server;
  private final BenchOptions options;

  StatementProfile(PostgresServer server, BenchOptions options) {
    this.server = server;
    this.options = options;
  }

  String run(List<Target> targets) throws Exception {
    server.restart(Durability.DURABLE, true);
    try (Connection admin = server.admin();
        Statement statement = admin.createStatement()) {
      statement.execute("create extension if not exists pg_stat_statements");
    }
    Workloads workloads = new Workloads(server, this::reset);
    StringBuilder out = new StringBuilder("### Statements per job, durable settings\n\n");
    // The run's database is dropped by now; its statements stay counted under its old oid.
    out.append("Counted by pg_stat_statements over the measured part of one run (setup left out);")
        .append(" each statement is a round trip, but for a BEGIN, which the driver sends with the")
        .append(
            " statement after it. pg_stat_statements does not list the driver's COMMITs: add one")
        .append(" round trip per transaction (BEGIN). WAL records: each row version, index entry,")
        .append(" row lock and commit written is one. The most frequent ")
        .append(SHOWN)
        .append(" of each.\n\n");
    for (Target target : targets) {
      if (target instanceof JobRunrTarget) {
        continue; // Its 5 s poll makes the drain long; its statements are not what we tune.
      }
      Rate enqueue = workloads.enqueue(target, options.enqueueJobs(), 1);
      out.append(section(target, "single-call enqueue, 1 thread", enqueue));
      Rate bulk = workloads.enqueueAll(target, options.bulkJobs());
      out.append(section(target, "bulk enqueue", bulk));
      Rate drain = workloads.drain(target, options.drainJobs(), 8, options.drainCap());
      out.append(section(target, "drain, 8 workers", drain));
    }
    return out.toString();
  }

  private void reset() {
    try (Connection admin = server.admin();
        Statement statement = admin.createStatement()) {
      statement.execute("select pg_stat_statements_reset()");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reset pg_stat_statements: " + e.getMessage(), e);
    }
  }

  private String section(Target target, String workload, Rate rate) throws SQLException {
    long jobs = rate.jobs();
    StringBuilder out = new StringBuilder();
    out.append(
        "%s, %s (%,d jobs, %,.0f jobs/s with the extension on):%n%n"
            .formatted(target.name(), workload, jobs, rate.perSecond()));
    out.append(
        "| statement | per job | rows per call | WAL records per job | WAL bytes per job |\n"
            + "|---|---:|---:|---:|---:|\n");
    long total = 0;
    long walRecords = 0;
    long walBytes = 0;
    int shown = 0;
    try (Connection admin = server.admin();
        Statement statement = admin.createStatement();
        ResultSet rows =
            statement.executeQuery(
                """
                select s.calls, s.rows, s.query, s.wal_records, s.wal_bytes
                from pg_stat_statements s
                where s.dbid not in (select oid from pg_database where datname = 'postgres')
                order by s.calls desc
                """)) {
      while (rows.next()) {
        long calls = rows.getLong(1);
        total += calls;
        walRecords += rows.getLong(4);
        walBytes += rows.getLong(5);
        if (shown++ < SHOWN) {
          out.append(
              "| `%s` | %.2f | %.1f | %.2f | %.0f |%n"
                  .formatted(
                      shorten(rows.getString(3)),
                      (double) calls / jobs,
                      (double) rows.getLong(2) / calls,
                      (double) rows.getLong(4) / jobs,
                      (double) rows.getLong(5) / jobs));
        }
      }
    }
    out.append(
        "| **all statements** | **%.2f** | | **%.2f** | **%.0f** |%n%n"
            .formatted(
                (double) total / jobs, (double) walRecords / jobs, (double) walBytes / jobs));
    return out.toString();
  }

  private static String shorten(String query) {
    String flat = query.replaceAll("\\s+", " ").replace("|", "\\|").replace("`", "'").strip();
    return flat.length() <= 110 ? flat : flat.substring(0, 107) + "...";
  }
}
