package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobId;
import dev.stoker.Stoker;
import dev.stoker.client.JobIds;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.recurring.FirePlan;
import dev.stoker.schedule.Schedule;
import dev.stoker.storage.jooq.JooqRecurringStore;
import dev.stoker.testing.TestClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** However many servers fire a recurring job at once, each fire time gets one job. */
class RecurringRaceTest extends DatabaseTest {

  private static final int SERVERS = 3;
  private static final int FIRES = 20;

  private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:30Z"));

  @Test
  void three_servers_firing_at_the_same_instant_create_one_job_per_fire_time() throws Exception {
    List<Stoker> servers = new ArrayList<>();
    for (int i = 0; i < SERVERS; i++) {
      servers.add(
          closeAfter(
              Stoker.builder().dataSource(db.dataSource()).clock(clock).withoutServer().start()));
    }
    TestRecordJobs.recurring("race", Schedule.everyMinutes(1))
        .using(servers.getFirst().client())
        .register(token);

    ExecutorService threads = Executors.newFixedThreadPool(SERVERS);
    try {
      for (int minute = 1; minute <= FIRES; minute++) {
        clock.set(Instant.parse("2026-03-02T09:00:00Z").plus(Duration.ofMinutes(minute)));
        CyclicBarrier together = new CyclicBarrier(SERVERS);
        List<Callable<Integer>> runs = new ArrayList<>();
        for (Stoker server : servers) {
          runs.add(
              () -> {
                together.await();
                return server.runDueJobs();
              });
        }
        for (Future<Integer> run : threads.invokeAll(runs)) {
          run.get();
        }
      }
    } finally {
      threads.shutdown();
    }

    assertThat(jobsPerFireTime("race"))
        .hasSize(FIRES)
        .allSatisfy(count -> assertThat(count).isEqualTo(1));
    assertThat(Executions.count(token)).isEqualTo(FIRES);
  }

  @Test
  void the_database_refuses_a_second_job_for_a_fire_time_even_when_servers_plan_it_twice()
      throws Exception {
    Stoker stoker =
        closeAfter(
            Stoker.builder().dataSource(db.dataSource()).clock(clock).withoutServer().start());
    TestRecordJobs.recurring("race", Schedule.everyMinutes(1))
        .using(stoker.client())
        .register(token);
    Instant fireTime = Instant.parse("2026-03-02T09:01:00Z");
    clock.set(fireTime);
    JooqRecurringStore store =
        new JooqRecurringStore(DSL.using(db.dataSource(), database.dialect()));

    // Planners that never move the recurring job on: every server, every time, creates the fire.
    ExecutorService threads = Executors.newFixedThreadPool(SERVERS);
    try {
      CyclicBarrier together = new CyclicBarrier(SERVERS);
      List<Callable<Integer>> firings = new ArrayList<>();
      for (int i = 0; i < SERVERS; i++) {
        firings.add(
            () -> {
              together.await();
              int looked = 0;
              for (int round = 0; round < 5; round++) {
                looked +=
                    store.fireDue(
                        fireTime,
                        10,
                        (row, now) -> new FirePlan(List.of(fireTime), row.nextFireAt(), false),
                        () -> newId());
              }
              return looked;
            });
      }
      int looked = 0;
      for (Future<Integer> firing : threads.invokeAll(firings)) {
        looked += firing.get();
      }
      assertThat(looked).as("times a server planned the fire").isGreaterThan(1);
    } finally {
      threads.shutdown();
    }

    assertThat(jobsPerFireTime("race")).containsExactly(1);
  }

  private JobId newId() {
    return JobIds.next(clock);
  }

  /** How many jobs each fire time of the recurring job has, by fire time. */
  private List<Integer> jobsPerFireTime(String recurringId) throws SQLException {
    List<Integer> counts = new ArrayList<>();
    try (Connection connection = db.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select fire_time, count(*) from stoker_job where recurring_id = ?"
                    + " group by fire_time order by fire_time")) {
      statement.setString(1, recurringId);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          counts.add(rows.getInt(2));
        }
      }
    }
    return counts;
  }
}
