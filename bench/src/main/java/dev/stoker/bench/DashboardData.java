package dev.stoker.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Fills Stoker's real tables with a dashboard's worth of jobs, fast: one {@code INSERT ... SELECT
 * generate_series} per table. A realistic mix: mostly succeeded, some failed, enqueued, scheduled
 * and deleted; twenty job names over four queues; arguments with a user id; one history entry a
 * job; a day of per-minute statistics and thirty days of hourly ones.
 */
final class DashboardData {

  static final int NAMES = 20;
  static final String[] QUEUES = {"default", "mail", "reports", "billing"};

  private DashboardData() {}

  static void fill(DataSource dataSource, int jobs) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      // Ids as Stoker makes them: version-7 UUIDs, their first 48 bits the creation time in
      // milliseconds; the jobs 20 ms apart, the newest now.
      sql.execute(
          """
          create temporary table generated as
          select i,
                 now() - (%d - i) * interval '20 milliseconds' as created_at,
                 case when i %% 100 < 2 then 'FAILED'
                      when i %% 100 < 4 then 'ENQUEUED'
                      when i %% 100 < 5 then 'SCHEDULED'
                      when i %% 100 < 6 then 'DELETED'
                      else 'SUCCEEDED' end as state
          from generate_series(1, %d) as i
          """
              .formatted(jobs, jobs));
      sql.execute(
          """
          insert into stoker_job (id, name, queue, priority, state, arguments, max_retries,
                                  failure_count, attempt, run_at, created_at, state_changed_at)
          select (lpad(to_hex((extract(epoch from created_at) * 1000)::bigint), 12, '0')
                  || '7000' || '8' || lpad(to_hex(i), 15, '0'))::uuid,
                 'bench.job-' || (i %% %d), (array['%s'])[i %% 4 + 1], 0, state,
                 jsonb_build_object('userId', i %% 1000000, 'order', 'order-' || i),
                 3, case when state = 'FAILED' then 4 else 0 end, 1,
                 created_at, created_at, created_at + interval '1 second'
          from generated
          """
              .formatted(NAMES, String.join("','", QUEUES)));
      sql.execute(
          """
          insert into stoker_job_history (job_id, at, from_state, to_state, reason, attempt)
          select id, state_changed_at, 'PROCESSING', state, 'Bench', 1 from stoker_job
          """);
      // Per minute for the last day, per hour for thirty days before: as the rollup leaves them.
      sql.execute(
          """
          insert into stoker_job_statistics (minute, name, queue, succeeded, failed, retried)
          select m, 'bench.job-' || n, q, 50, 1, 2
          from generate_series(date_trunc('minute', now()) - interval '1 day',
                               date_trunc('minute', now()), interval '1 minute') as m,
               generate_series(0, %d) as n, unnest(array['%s']) as q
          union all
          select h, 'bench.job-' || n, q, 3000, 60, 120
          from generate_series(date_trunc('hour', now()) - interval '31 days',
                               date_trunc('hour', now()) - interval '1 day 1 hour',
                               interval '1 hour') as h,
               generate_series(0, %d) as n, unnest(array['%s']) as q
          """
              .formatted(
                  NAMES - 1, String.join("','", QUEUES), NAMES - 1, String.join("','", QUEUES)));
      sql.execute("drop table generated");
      // The index the README recommends for searches by argument.
      sql.execute(
          "create index stoker_job_arguments on stoker_job using gin (arguments jsonb_path_ops)");
      sql.execute("vacuum analyze");
    }
  }
}
