package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.Enqueued;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.FlowExclusiveFirstWaitsJobs;
import dev.stoker.jobs.FlowExclusiveJobs;
import dev.stoker.jobs.FlowJobs;
import dev.stoker.jobs.FlowLimitedQueueJobs;
import dev.stoker.jobs.FlowPerAccountJobs;
import dev.stoker.jobs.FlowRateJobs;
import dev.stoker.jobs.FlowTakesThreeMinutesJobs;
import dev.stoker.jobs.FlowThreeAtATimeJobs;
import dev.stoker.jobs.FlowTwiceAnHourJobs;
import dev.stoker.jobs.FlowUniqueOrderJobs;
import dev.stoker.jobs.Gates;
import dev.stoker.jobs.Overlaps;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.monitoring.JobCounts;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.monitoring.NotRunningReason;
import dev.stoker.recurring.FireSkips;
import dev.stoker.testing.Await;
import dev.stoker.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Concurrency limits, unique jobs and rate limits hold across three servers of 8 workers each on
 * one database, counted by the jobs themselves, and a dead server's slot comes back.
 */
class FlowControlTest extends DatabaseTest {

  private static final int SERVERS = 3;

  private List<Stoker> servers(Function<Stoker.Builder, Stoker.Builder> settings) {
    List<Stoker> servers = new ArrayList<>();
    for (int i = 0; i < SERVERS; i++) {
      servers.add(
          closeAfter(
              settings
                  .apply(
                      Stoker.builder()
                          .dataSource(db.dataSource())
                          .workers(8)
                          .pollInterval(Duration.ofMillis(20)))
                  .start()));
    }
    return servers;
  }

  private List<Stoker> servers() {
    return servers(Function.identity());
  }

  private static void awaitSucceeded(Stoker stoker, int jobs) {
    Await.until(
        jobs + " jobs succeeded",
        Duration.ofMinutes(2),
        () -> stoker.monitoring().counts().count(JobState.SUCCEEDED) == jobs);
  }

  @Test
  void exclusive_job_never_has_two_running_instances() {
    Stoker stoker = servers().getFirst();
    for (int i = 0; i < 40; i++) {
      FlowExclusiveJobs.using(stoker.client()).enqueue(token);
    }
    awaitSucceeded(stoker, 40);
    assertThat(Executions.count(token)).isEqualTo(40);
    assertThat(Overlaps.most(token)).as("runs at once").isEqualTo(1);
  }

  @Test
  void concurrency_limit_of_three_holds() {
    Stoker stoker = servers().getFirst();
    for (int i = 0; i < 60; i++) {
      FlowThreeAtATimeJobs.using(stoker.client()).enqueue(token);
    }
    awaitSucceeded(stoker, 60);
    assertThat(Executions.count(token)).isEqualTo(60);
    assertThat(Overlaps.most(token)).as("runs at once").isBetween(1, 3);
  }

  @Test
  void per_key_limit_holds_for_each_key() {
    Stoker stoker = servers().getFirst();
    for (int i = 0; i < 60; i++) {
      FlowPerAccountJobs.using(stoker.client()).enqueue(token, i % 3);
    }
    awaitSucceeded(stoker, 60);
    assertThat(Executions.count(token)).isEqualTo(60);
    for (int account = 0; account < 3; account++) {
      assertThat(Overlaps.most(token + "/" + account))
          .as("runs at once for account " + account)
          .isBetween(1, 2);
    }
  }

  @Test
  void queue_limit_holds_across_servers() {
    Stoker stoker =
        servers(builder -> builder.queues("critical").queueLimit("critical", 2)).getFirst();
    for (int i = 0; i < 40; i++) {
      FlowLimitedQueueJobs.using(stoker.client()).enqueue(token);
    }
    awaitSucceeded(stoker, 40);
    assertThat(Executions.count(token)).isEqualTo(40);
    assertThat(Overlaps.most(token)).as("runs at once in the queue").isBetween(1, 2);
  }

  @Test
  void unique_job_enqueued_at_once_from_many_threads_exists_once() throws Exception {
    // Clients of three applications, without servers: the job waits while they all enqueue it.
    List<Stoker> clients = new ArrayList<>();
    for (int i = 0; i < SERVERS; i++) {
      clients.add(closeAfter(Stoker.builder().dataSource(db.dataSource()).withoutServer().start()));
    }
    int threads = 16;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService callers = Executors.newFixedThreadPool(threads);
    List<Enqueued> results = new ArrayList<>();
    try {
      List<Callable<Enqueued>> calls = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Stoker through = clients.get(i % SERVERS);
        calls.add(
            () -> {
              start.await();
              return FlowUniqueOrderJobs.using(through.client()).enqueue(token, 7L);
            });
      }
      List<Future<Enqueued>> futures = new ArrayList<>();
      calls.forEach(call -> futures.add(callers.submit(call)));
      start.countDown();
      for (Future<Enqueued> future : futures) {
        results.add(future.get());
      }
    } finally {
      callers.shutdown();
    }

    assertThat(new HashSet<>(results.stream().map(Enqueued::id).toList())).hasSize(1);
    assertThat(results).filteredOn(Enqueued::created).hasSize(1);
    JobId id = results.getFirst().id();
    List<Stoker> servers = servers();
    awaitSucceeded(servers.getFirst(), 1);
    assertThat(Executions.of(token)).extracting(Executions.Execution::job).containsExactly(id);

    // Once it ended, the key is free again: the next enqueue creates a job.
    Enqueued later = FlowUniqueOrderJobs.using(servers.getFirst().client()).enqueue(token, 7L);
    assertThat(later.created()).isTrue();
    assertThat(later.id()).isNotEqualTo(id);
    Enqueued other = FlowUniqueOrderJobs.using(servers.getFirst().client()).enqueue(token, 8L);
    assertThat(other.created()).as("another key").isTrue();
  }

  @Test
  void rate_limit_holds_over_every_window_of_its_period() {
    Stoker stoker = servers().getFirst();
    List<JobId> ids = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ids.add(FlowRateJobs.using(stoker.client()).enqueue(token));
    }
    awaitSucceeded(stoker, 12);

    // The claims' own times, as the database recorded them: at most 4 in any second.
    List<Instant> starts =
        ids.stream()
            .map(
                id ->
                    stoker.monitoring().job(id).orElseThrow().history().stream()
                        .filter(entry -> entry.to() == JobState.PROCESSING)
                        .map(HistoryEntry::at)
                        .findFirst()
                        .orElseThrow())
            .sorted()
            .toList();
    for (int i = 4; i < starts.size(); i++) {
      assertThat(Duration.between(starts.get(i - 4), starts.get(i)))
          .as("time from start %d to start %d", i - 4, i)
          .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  void job_over_its_rate_waits_and_says_when_it_may_start() {
    Stoker stoker = servers().getFirst();
    JobId first = FlowTwiceAnHourJobs.using(stoker.client()).enqueue(token, "eu");
    FlowTwiceAnHourJobs.using(stoker.client()).enqueue(token, "eu");
    awaitSucceeded(stoker, 2);
    JobId third = FlowTwiceAnHourJobs.using(stoker.client()).enqueue(token, "eu");
    JobId otherRegion = FlowTwiceAnHourJobs.using(stoker.client()).enqueue(token, "us");
    awaitSucceeded(stoker, 3);

    Instant firstStart =
        stoker.monitoring().job(first).orElseThrow().history().stream()
            .filter(entry -> entry.to() == JobState.PROCESSING)
            .findFirst()
            .orElseThrow()
            .at();
    assertThat(stoker.monitoring().job(otherRegion).orElseThrow().state())
        .isEqualTo(JobState.SUCCEEDED);
    assertThat(stoker.monitoring().job(third).orElseThrow().state()).isEqualTo(JobState.ENQUEUED);
    assertThat(stoker.monitoring().whyNotRunning(third))
        .extracting(NotRunningReason::message)
        .containsExactly(
            "Waiting: rate limit 2/h reached for region=eu, next start at "
                + upToSecond(firstStart.plus(Duration.ofHours(1)))
                + ".");
  }

  private static Instant upToSecond(Instant instant) {
    Instant second = instant.truncatedTo(ChronoUnit.SECONDS);
    return second.equals(instant) ? second : second.plusSeconds(1);
  }

  @Test
  void dead_server_s_slot_comes_back_and_a_waiting_job_says_why_it_waits() {
    // Its heartbeat pauses: it beats when it starts, and not again within the test.
    Stoker paused =
        closeAfter(
            Stoker.builder()
                .dataSource(db.dataSource())
                .pollInterval(Duration.ofMillis(20))
                .heartbeatInterval(Duration.ofHours(1))
                .serverTimeout(Duration.ofHours(2))
                .shutdownGrace(Duration.ofMillis(100))
                .start());
    JobId first = FlowExclusiveFirstWaitsJobs.using(paused.client()).enqueue(token);
    Await.until("the first run started", () -> Executions.count(token) == 1);
    JobId second = FlowExclusiveFirstWaitsJobs.using(paused.client()).enqueue(token);

    Await.until(
        "the second job says it waits for the limit",
        () ->
            paused.monitoring().whyNotRunning(second).stream()
                .map(NotRunningReason::message)
                .anyMatch(
                    reason ->
                        reason.equals(
                            "Waiting: concurrency limit 1 reached for job"
                                + " 'flow.exclusive-first-waits' (1 running).")));
    assertThat(paused.monitoring().job(second).orElseThrow().state()).isEqualTo(JobState.ENQUEUED);

    Stoker rescuer =
        closeAfter(
            Stoker.builder()
                .dataSource(db.dataSource())
                .pollInterval(Duration.ofMillis(20))
                .heartbeatInterval(Duration.ofMillis(50))
                .serverTimeout(Duration.ofMillis(300))
                .start());
    // Both ran while the dead server's attempt still waits at its gate: its slot came back. (The
    // paused server, alive in this JVM, may claim the handed-back job once more before the
    // rescuer takes it for good: the attempt counts those.)
    awaitSucceeded(rescuer, 2);
    assertThat(rescuer.monitoring().job(first).orElseThrow().attempt()).isGreaterThanOrEqualTo(2);
    assertThat(Executions.of(token).getFirst().job()).isEqualTo(first);
    Gates.open(token + "/first");
  }

  @Test
  void job_every_minute_that_takes_three_runs_one_at_a_time_and_its_other_fires_are_skipped() {
    TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:30Z"));
    FlowJobs.useClock(clock);
    Stoker stoker = servers(builder -> builder.clock(clock)).getLast();
    FlowTakesThreeMinutesJobs.recurring("every-minute", "* * * * *", ZoneOffset.UTC)
        .register(token);
    int fires = 10;
    for (int minute = 1; minute <= fires; minute++) {
      clock.advance(Duration.ofMinutes(1));
      // The fire handled, and a run it created started, before the clock moves on.
      Await.until(
          "the fire of minute " + minute + " was handled",
          () -> {
            JobCounts counts = stoker.monitoring().counts();
            return stoker
                    .monitoring()
                    .recurringJob("every-minute")
                    .orElseThrow()
                    .nextFireTimes()
                    .getFirst()
                    .isAfter(clock.instant())
                && counts.count(JobState.ENQUEUED) == 0
                && Executions.count(token)
                    == counts.count(JobState.PROCESSING) + counts.count(JobState.SUCCEEDED)
                && endedRunsRecorded(stoker, clock);
          });
    }
    FireSkips skips = stoker.monitoring().recurringJob("every-minute").orElseThrow().skips();
    FlowTakesThreeMinutesJobs.removeRecurring("every-minute");
    clock.advance(Duration.ofMinutes(3));
    Await.until(
        "the last run ended",
        () ->
            stoker.monitoring().counts().count(JobState.PROCESSING) == 0
                && stoker.monitoring().counts().count(JobState.ENQUEUED) == 0);

    int runs = Executions.count(token);
    assertThat(Overlaps.most(token)).as("runs at once").isEqualTo(1);
    assertThat(runs).as("runs of 10 fires, each run 3 minutes long").isBetween(3, 4);
    assertThat(stoker.monitoring().counts().count(JobState.SUCCEEDED)).isEqualTo(runs);
    assertThat(stoker.monitoring().counts().count(JobState.DELETED)).isEqualTo(fires - runs);
    assertThat(skips.count()).as("skipped fires").isEqualTo(fires - runs);
    JobDetails skipped = stoker.monitoring().job(skips.lastJob()).orElseThrow();
    assertThat(skipped.state()).isEqualTo(JobState.DELETED);
    assertThat(skipped.history().getFirst().reason())
        .startsWith("Skipped fire time 2026-03-02T09:")
        .contains("of recurring job 'every-minute': job ")
        .endsWith(", and the job runs one at a time");
  }

  /**
   * Whether every run whose three minutes are over on the clock is recorded as ended: the next
   * minute's fire then sees it gone, as a server running for real would by then. Only the fire at
   * the minute a run ends races with its end, which the expected count of runs allows.
   */
  private boolean endedRunsRecorded(Stoker stoker, TestClock clock) {
    Instant threeMinutesAgo = clock.instant().minus(Duration.ofMinutes(3));
    return Executions.of(token).stream()
        .filter(run -> !((Instant) run.value()).isAfter(threeMinutesAgo))
        .allMatch(
            run -> stoker.monitoring().job(run.job()).orElseThrow().state() == JobState.SUCCEEDED);
  }
}
