package dev.stoker.behaviour;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.Gates;
import dev.stoker.jobs.TestGatedJobs;
import dev.stoker.jobs.TestSleepJobs;
import dev.stoker.jobs.TestStopsWhenAskedJobs;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.monitoring.ServerInfo;
import dev.stoker.testing.Await;
import java.time.Duration;
import java.time.Instant;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Liveness comes from each server's heartbeat, judged by the database's clock: a long job on a live
 * server stays there, a dead server's jobs are handed back, and a server taken for dead cannot
 * record an outcome over the attempt that replaced its own.
 */
class HeartbeatTest extends DatabaseTest {

  private Stoker server(Duration heartbeatInterval, Duration serverTimeout) {
    return closeAfter(
        Stoker.builder()
            .dataSource(db.dataSource())
            .pollInterval(Duration.ofMillis(20))
            .heartbeatInterval(heartbeatInterval)
            .serverTimeout(serverTimeout)
            .shutdownGrace(Duration.ofMillis(100))
            .start());
  }

  private static JobDetails details(Stoker stoker, JobId id) {
    return stoker.monitoring().job(id).orElseThrow();
  }

  @Test
  void running_servers_show_in_monitoring_with_their_heartbeat_until_they_stop() {
    Stoker stoker =
        Stoker.builder()
            .dataSource(db.dataSource())
            .queues("critical", "default")
            .workers(3)
            .heartbeatInterval(Duration.ofMillis(50))
            .serverTimeout(Duration.ofSeconds(5))
            .start();
    Stoker reader =
        closeAfter(Stoker.builder().dataSource(db.dataSource()).withoutServer().start());

    ServerInfo server = reader.monitoring().servers().getFirst();
    assertThat(reader.monitoring().servers()).hasSize(1);
    assertThat(server.pid()).isEqualTo(ProcessHandle.current().pid());
    assertThat(server.queues()).containsExactly("critical", "default");
    assertThat(server.workers()).isEqualTo(3);
    assertThat(server.jobNames()).contains("test.record", "test.critical");
    Instant firstBeat = server.heartbeatAt();
    Await.until(
        "the server beat again",
        () -> reader.monitoring().servers().getFirst().heartbeatAt().isAfter(firstBeat));

    stoker.close();

    assertThat(reader.monitoring().servers()).isEmpty();
  }

  @Test
  void server_taken_for_dead_registers_again_and_stops_its_jobs_that_went_to_others() {
    Stoker stoker = server(Duration.ofMillis(50), Duration.ofSeconds(5));
    JobId id = TestStopsWhenAskedJobs.enqueue(token);
    Await.until("attempt 1 started", () -> Executions.count(token) == 1);
    String serverId = details(stoker, id).serverId();

    // What another server does when it finds this one's heartbeat too old.
    DSLContext dsl = DSL.using(db.dataSource(), database.dialect());
    dsl.transaction(
        tx -> {
          tx.dsl()
              .update(STOKER_JOB)
              .set(STOKER_JOB.STATE, JobState.ENQUEUED.name())
              .setNull(STOKER_JOB.SERVER_ID)
              .where(STOKER_JOB.ID.eq(id.value()))
              .execute();
          tx.dsl().deleteFrom(STOKER_SERVER).where(STOKER_SERVER.ID.eq(serverId)).execute();
        });

    Await.until(
        "attempt 1 was asked to stop",
        () ->
            Executions.of(token).stream()
                .anyMatch(run -> run.attempt() == 1 && !run.value().equals("started")));
    assertThat(Executions.of(token))
        .filteredOn(run -> run.attempt() == 1)
        .extracting(Executions.Execution::value)
        .containsExactly("started", "interrupted, cancellation requested");
    Await.until(
        "the server registered again",
        () -> stoker.monitoring().servers().stream().anyMatch(s -> s.id().equals(serverId)));
    stoker.client().delete(id);
  }

  @Test
  void job_running_longer_than_the_server_timeout_on_a_live_server_runs_exactly_once() {
    Stoker first = server(Duration.ofMillis(100), Duration.ofSeconds(1));
    server(Duration.ofMillis(100), Duration.ofSeconds(1));

    JobId id = TestSleepJobs.enqueue(token, 2500);

    Await.until("the job succeeded", () -> details(first, id).state() == JobState.SUCCEEDED);
    assertThat(Executions.of(token))
        .singleElement()
        .extracting(Executions.Execution::attempt)
        .isEqualTo(1);
    assertThat(details(first, id).history())
        .extracting(HistoryEntry::to)
        .containsExactly(JobState.ENQUEUED, JobState.PROCESSING, JobState.SUCCEEDED);
  }

  @Test
  void server_taken_for_dead_cannot_overwrite_the_outcome_of_the_attempt_that_replaced_its_own() {
    // It claims attempt 1 when woken by its enqueue; attempt 2 goes to the other server.
    Stoker paused = pausedServer();
    JobId id = TestGatedJobs.enqueue(token);
    Await.until("attempt 1 started", () -> Executions.count(token) == 1);
    String pausedId = details(paused, id).serverId();

    Stoker other = server(Duration.ofMillis(50), Duration.ofMillis(300));
    Await.until("attempt 2 started", () -> Executions.count(token) == 2);
    Gates.open(token + "/2");
    Await.until("attempt 2 succeeded", () -> details(other, id).state() == JobState.SUCCEEDED);
    Gates.open(token + "/1");
    paused.close(); // lets attempt 1 end, and try to record that it failed

    JobDetails job = details(other, id);
    assertThat(Executions.of(token))
        .extracting(Executions.Execution::attempt, Executions.Execution::value)
        .contains(tuple(1, "ended"));
    assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(job.attempt()).isEqualTo(2);
    assertThat(job.history())
        .extracting(HistoryEntry::to, HistoryEntry::attempt)
        .containsExactly(
            tuple(JobState.ENQUEUED, 0),
            tuple(JobState.PROCESSING, 1),
            tuple(JobState.ENQUEUED, 1),
            tuple(JobState.PROCESSING, 2),
            tuple(JobState.SUCCEEDED, 2));
    HistoryEntry handedBack = job.history().get(2);
    assertThat(handedBack.reason())
        .startsWith("Server " + pausedId + " stopped beating its heartbeat (last beat at ")
        .endsWith("by the database's clock): handed back");
    assertThat(handedBack.serverId()).isNotEqualTo(pausedId);
  }
}
