package dev.stoker.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Where the database time of a job goes: the statements (so the round trips) each job costs in a
 * single-call enqueue and in a drain with 8 workers, counted by pg_stat_statements on a server
 * restarted with it, durable settings. Not part of the timed tables: the extension costs a little.
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
    out.append("Counted by pg_stat_statements over the measured part of one run (setup left out);")
        .append(" each statement is one round trip. The most frequent ")
        .append(SHOWN)
        .append(" of each.\n\n");
    for (Target target : targets) {
      if (target instanceof JobRunrTarget) {
        continue; // Its 5 s poll makes the drain long; its statements are not what we tune.
      }
      int jobs = options.enqueueJobs();
      Rate enqueue = workloads.enqueue(target, jobs, 1);
      out.append(section(target, "single-call enqueue, 1 thread", jobs, enqueue));
      int drained = options.drainJobs();
      Rate drain = workloads.drain(target, drained, 8, options.drainCap());
      out.append(section(target, "drain, 8 workers", drained, drain));
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

  private String section(Target target, String workload, int jobs, Rate rate) throws SQLException {
    StringBuilder out = new StringBuilder();
    out.append(
        "%s, %s (%,.0f jobs/s with the extension on):%n%n"
            .formatted(target.name(), workload, rate.perSecond()));
    out.append("| statement | per job | rows per call |\n|---|---:|---:|\n");
    long total = 0;
    int shown = 0;
    try (Connection admin = server.admin();
        Statement statement = admin.createStatement();
        ResultSet rows =
            statement.executeQuery(
                """
                select s.calls, s.rows, s.query from pg_stat_statements s
                join pg_database d on d.oid = s.dbid
                where d.datname not in ('postgres', 'template0', 'template1')
                order by s.calls desc
                """)) {
      while (rows.next()) {
        long calls = rows.getLong(1);
        total += calls;
        if (shown++ < SHOWN) {
          out.append(
              "| `%s` | %.2f | %.1f |%n"
                  .formatted(
                      shorten(rows.getString(3)),
                      (double) calls / jobs,
                      (double) rows.getLong(2) / calls));
        }
      }
    }
    out.append("| **all statements** | **%.2f** | |%n%n".formatted((double) total / jobs));
    return out.toString();
  }

  private static String shorten(String query) {
    String flat = query.replaceAll("\\s+", " ").replace("|", "\\|").replace("`", "'").strip();
    return flat.length() <= 110 ? flat : flat.substring(0, 107) + "...";
  }
}
