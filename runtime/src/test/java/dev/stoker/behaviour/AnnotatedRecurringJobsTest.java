package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.Stoker;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.MovedNewYearHandler;
import dev.stoker.jobs.NewYearJobs;
import dev.stoker.jobs.TestNewYearJobs;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.monitoring.RecurringJobInfo;
import dev.stoker.recurring.RecurringSource;
import dev.stoker.schedule.Schedule;
import dev.stoker.testing.Await;
import dev.stoker.testing.HandlersOnly;
import dev.stoker.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The crons of {@code @Job}s follow the code: a server registers them when it starts, updates them
 * when a new version changes them, and removes them when they are gone. Each deployment is a Stoker
 * whose class loader lists that version's handlers.
 */
class AnnotatedRecurringJobsTest extends DatabaseTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-12-30T12:00:00Z"));

  private Stoker deploy(HandlersOnly version) {
    return Stoker.builder()
        .dataSource(db.dataSource())
        .clock(clock)
        .classLoader(version)
        .withoutServer()
        .start();
  }

  private Optional<RecurringJobInfo> newYear(Stoker stoker) {
    return stoker.monitoring().recurringJob("test.new-year");
  }

  @Test
  void a_job_s_cron_is_added_then_updated_then_removed_as_deployments_change_it() {
    try (Stoker first = deploy(HandlersOnly.of(TestNewYearJobs.Handler.class))) {
      first.runDueJobs();
      RecurringJobInfo added = newYear(first).orElseThrow();
      assertThat(added.source()).isEqualTo(RecurringSource.ANNOTATION);
      assertThat(added.cron()).isEqualTo("0 0 1 1 *");
      assertThat(added.zone()).isEqualTo("Europe/Berlin");
      assertThat(added.nextFireTimes()).first().isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
      TestRecordJobs.recurring("report", Schedule.dailyAt(3, 0))
          .using(first.client())
          .register(token);
    }

    try (Stoker second = deploy(HandlersOnly.of(MovedNewYearHandler.class))) {
      second.runDueJobs();
      RecurringJobInfo updated = newYear(second).orElseThrow();
      assertThat(updated.cron()).isEqualTo("0 6 1 1 *");
      assertThat(updated.nextFireTimes()).first().isEqualTo(Instant.parse("2027-01-01T05:00:00Z"));
    }

    try (Stoker third = deploy(HandlersOnly.of())) {
      third.runDueJobs();
      assertThat(newYear(third)).isEmpty();
      // Recurring jobs registered in code are not the servers' to remove.
      assertThat(third.monitoring().recurringJob("report")).isPresent();
    }
  }

  @Test
  void servers_starting_together_register_a_job_s_cron_once() throws Exception {
    Stoker first = closeAfter(deploy(HandlersOnly.of(TestNewYearJobs.Handler.class)));
    first.runDueJobs(); // the schema exists: the servers below race on the registration only
    first.recurringJobs().remove("test.new-year");

    ExecutorService starters = Executors.newFixedThreadPool(3);
    try {
      CyclicBarrier together = new CyclicBarrier(3);
      List<Callable<Stoker>> starts = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        starts.add(
            () -> {
              together.await();
              return Stoker.builder()
                  .dataSource(db.dataSource())
                  .clock(clock)
                  .classLoader(HandlersOnly.of(TestNewYearJobs.Handler.class))
                  .start();
            });
      }
      for (Future<Stoker> started : starters.invokeAll(starts)) {
        closeAfter(started.get());
      }
    } finally {
      starters.shutdown();
    }

    assertThat(first.monitoring().recurringJobs())
        .extracting(RecurringJobInfo::id)
        .containsExactly("test.new-year");
  }

  @Test
  void a_stoker_that_only_creates_jobs_leaves_the_crons_alone() {
    try (Stoker web = deploy(HandlersOnly.of(TestNewYearJobs.Handler.class))) {
      assertThat(newYear(web)).isEmpty();
    }
  }

  @Test
  void a_job_s_cron_cannot_be_taken_over_by_a_registration_in_code() {
    Stoker stoker = closeAfter(deploy(HandlersOnly.of(TestNewYearJobs.Handler.class)));
    stoker.runDueJobs();

    assertThatThrownBy(
            () -> TestRecordJobs.recurring("test.new-year", Schedule.dailyAt(3, 0)).register(token))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Recurring job 'test.new-year' is the cron of @Job test.new-year, which the servers"
                + " keep as the annotation says: register yours under another id.");
  }

  @Test
  void a_running_server_registers_the_crons_and_fires_them_when_their_time_comes() {
    int before = Executions.count(NewYearJobs.TOKEN);
    Stoker server =
        closeAfter(
            Stoker.builder()
                .dataSource(db.dataSource())
                .clock(clock)
                .pollInterval(Duration.ofMillis(20))
                .start());
    assertThat(newYear(server)).isPresent();

    clock.set(Instant.parse("2026-12-31T23:00:01Z"));

    Await.until("the new year's job ran", () -> Executions.count(NewYearJobs.TOKEN) == before + 1);
    assertThat(newYear(server).orElseThrow().lastFireAt())
        .isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
  }
}
