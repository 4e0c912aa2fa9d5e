package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.testing.Await;
import dev.stoker.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Several servers on one database share the work and never run a job twice. */
class ManyServersTest extends DatabaseTest {

  private static final int JOBS = 3000;

  private Stoker server() {
    return closeAfter(
        Stoker.builder()
            .dataSource(db.dataSource())
            .workers(8)
            .pollInterval(Duration.ofMillis(20))
            .start());
  }

  @Test
  void two_servers_on_one_database_run_every_job_exactly_once() {
    Stoker first = server();
    Stoker second = server();
    var client = first.client();

    List<JobId> ids = new ArrayList<>();
    for (int i = 0; i < JOBS; i++) {
      ids.add(TestRecordJobs.using(client).enqueue(token));
    }

    Await.until(
        "all " + JOBS + " jobs succeeded",
        Duration.ofMinutes(3),
        () -> first.monitoring().counts().count(JobState.SUCCEEDED) == JOBS);
    Map<JobId, Long> runsPerJob =
        Executions.of(token).stream()
            .collect(Collectors.groupingBy(Executions.Execution::job, Collectors.counting()));
    assertThat(runsPerJob).hasSize(JOBS).containsOnlyKeys(ids);
    assertThat(runsPerJob.values()).containsOnly(1L);
    if (database != TestDatabase.POSTGRES) {
      return; // H2 locks every row a claim reads, so one server may well take them all.
    }
    var processedBy =
        ids.stream()
            .map(
                id ->
                    first.monitoring().job(id).orElseThrow().history().stream()
                        .filter(entry -> entry.to() == JobState.PROCESSING)
                        .findFirst()
                        .orElseThrow()
                        .serverId())
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(processedBy).as("jobs per server").hasSize(2);
  }

  @Test
  void servers_starting_together_on_an_empty_database_apply_the_schema_once() throws Exception {
    ExecutorService starters = Executors.newFixedThreadPool(3);
    try {
      List<Callable<Stoker>> starts = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        starts.add(() -> Stoker.builder().dataSource(db.dataSource()).withoutServer().start());
      }
      for (Future<Stoker> started : starters.invokeAll(starts)) {
        closeAfter(started.get());
      }
    } finally {
      starters.shutdown();
    }

    assertThat(SchemaVersions.countsPerVersion(db.dataSource()))
        .as("times each schema version was applied")
        .containsOnlyKeys(SchemaVersions.expected())
        .allSatisfy((version, times) -> assertThat(times).isEqualTo(1));
  }
}
