package dev.stoker.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Stoker draining jobs while a backlog waits behind them: half of it ready on the same queue, half
 * scheduled for tomorrow. The backlog is written once per size as a template database with the same
 * rows Stoker's client writes (a job, and for a scheduled one its first history entry; time-ordered
 * UUIDv7 ids), vacuumed, and copied for each run.
 */
final class Backlog {

  private static final int WORKERS = 8;

  private static final String JOBS =
      """
      insert into stoker_job (id, name, queue, priority, state, arguments, max_retries, run_at,
                              created_at, state_changed_at)
      select (lpad(to_hex(created_ms), 12, '0') || '7' || substr(md5(ticket::text), 1, 3) || '8'
              || substr(md5(ticket::text), 4, 15))::uuid,
             'bench.noop', 'default', 0, state, jsonb_build_object('ticket', ticket), 10,
             case when state = 'SCHEDULED' then now() + interval '1 day' else now() end,
             now(), now()
      from (select ticket,
                   (extract(epoch from now() - interval '1 day') * 1000)::bigint + ticket
                     as created_ms,
                   case when ticket < ? then 'ENQUEUED' else 'SCHEDULED' end as state
            from generate_series(0, ? - 1) ticket) jobs
      """;
  private static final String HISTORY =
      """
      insert into stoker_job_history (job_id, at, from_state, to_state, reason, attempt)
      select id, created_at, null, state, 'Scheduled for ' || run_at, 0
      from stoker_job where state = 'SCHEDULED'
      """;

  private final Workloads workloads;
  private final StokerTarget stoker = new StokerTarget();

  Backlog(Workloads workloads) {
    this.workloads = workloads;
  }

  /** Drains {@code drained} jobs with {@code waiting} more behind them, or until the cap. */
  Rate drain(int drained, int waiting, Duration cap) throws Exception {
    int ready = drained + waiting / 2;
    int scheduled = waiting - waiting / 2;
    String key = "Stoker backlog of " + (ready + scheduled);
    try (FreshDatabase db =
        workloads.templates().copy(key, stoker, pool -> write(pool, ready, ready + scheduled))) {
      Rate rate = workloads.drain(stoker, db, WORKERS, ready, drained, cap);
      try (HikariDataSource pool = db.pool(1)) {
        long stillScheduled =
            Sql.count(pool, "select count(*) from stoker_job where state = 'SCHEDULED'");
        if (stillScheduled != scheduled) {
          throw new IllegalStateException(
              "Stoker backlog drain: "
                  + stillScheduled
                  + " jobs scheduled, "
                  + scheduled
                  + " expected");
        }
      }
      return rate;
    }
  }

  private static void write(HikariDataSource pool, int ready, int total) throws SQLException {
    try (Connection connection = pool.getConnection()) {
      try (PreparedStatement jobs = connection.prepareStatement(JOBS)) {
        jobs.setInt(1, ready);
        jobs.setInt(2, total);
        jobs.executeUpdate();
      }
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate(HISTORY);
      }
    }
  }
}
