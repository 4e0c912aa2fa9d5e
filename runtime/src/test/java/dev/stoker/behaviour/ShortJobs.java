package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobClient;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.RetryBackoff;
import dev.stoker.Stoker;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.TestFailsFirstRunJobs;
import dev.stoker.jobs.TestSleepJobs;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.testing.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.exception.DataAccessException;

/**
 * Many short jobs, one in ten of which fails its first run, for the tests that break the database
 * under running servers; and what must hold once they are done: each job ran exactly as often as it
 * should (no server was killed), and each first failure is in its history with its exception.
 */
final class ShortJobs {

  private static final int MILLIS = 2;

  /** Retries at once, so that the failing jobs' second runs fall among the others. */
  static final RetryBackoff NO_WAIT = new RetryBackoff(Duration.ZERO, 1, Duration.ZERO, 0);

  private final String token;
  private final int count;
  private final List<JobId> succeeding = new ArrayList<>();
  private final List<JobId> failingFirst = new ArrayList<>();

  /** As many jobs as given, a tenth of them failing their first run. */
  ShortJobs(String token, int count) {
    this.token = token;
    this.count = count;
  }

  /** Enqueues the jobs, the failing ones spread among the others. */
  ShortJobs enqueue(JobClient client) {
    for (int i = 0; i < count; i++) {
      if (i % 10 == 0) {
        failingFirst.add(TestFailsFirstRunJobs.using(client).enqueue(token));
      } else {
        succeeding.add(TestSleepJobs.using(client).enqueue(token, MILLIS));
      }
    }
    return this;
  }

  int total() {
    return succeeding.size() + failingFirst.size();
  }

  /** How many runs the jobs have had. */
  int runs() {
    return Executions.count(token);
  }

  /** Waits until every job succeeded, reading through a database that may be away meanwhile. */
  void awaitAllSucceeded(Stoker stoker) {
    Await.until(
        "all " + total() + " jobs succeeded",
        Duration.ofMinutes(3),
        () -> {
          try {
            return stoker.monitoring().counts().count(JobState.SUCCEEDED) == total();
          } catch (DataAccessException databaseAway) {
            return false;
          }
        });
  }

  /** Each job ran once, the failing ones twice; each failure is in its job's history. */
  void assertEachRanAsOftenAsItShould(Stoker stoker) {
    Map<JobId, Long> runsPerJob =
        Executions.of(token).stream()
            .collect(Collectors.groupingBy(Executions.Execution::job, Collectors.counting()));
    assertThat(succeeding)
        .as("jobs that did not run exactly once")
        .filteredOn(id -> runsPerJob.getOrDefault(id, 0L) != 1)
        .extracting(id -> id + " ran " + runsPerJob.getOrDefault(id, 0L) + " times")
        .isEmpty();
    assertThat(failingFirst)
        .as("jobs failing their first run that did not run exactly twice")
        .filteredOn(id -> runsPerJob.getOrDefault(id, 0L) != 2)
        .extracting(id -> id + " ran " + runsPerJob.getOrDefault(id, 0L) + " times")
        .isEmpty();
    Function<JobId, List<HistoryEntry>> failures =
        id ->
            stoker.monitoring().job(id).orElseThrow().history().stream()
                .filter(entry -> entry.to() == JobState.SCHEDULED)
                .toList();
    assertThat(failingFirst)
        .as("jobs whose first failure is not in their history exactly once, with its exception")
        .filteredOn(
            id -> {
              List<HistoryEntry> retries = failures.apply(id);
              return retries.size() != 1
                  || retries.getFirst().exception() == null
                  || !retries.getFirst().exception().message().contains("first run of " + id);
            })
        .isEmpty();
    assertThat(stoker.monitoring().counts().count(JobState.PROCESSING)).isZero();
  }
}
