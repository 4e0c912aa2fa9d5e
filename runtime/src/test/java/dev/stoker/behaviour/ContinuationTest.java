package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.TestNeverRetriedJobs;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A continuation waits for its parents, runs when they succeed, and is deleted when they fail. */
class ContinuationTest extends DatabaseTest {

  private final TestClock clock = TestClock.atFixedMoment();
  private Stoker stoker;

  @BeforeEach
  void startStoker() {
    stoker =
        closeAfter(
            Stoker.builder().dataSource(db.dataSource()).clock(clock).withoutServer().start());
  }

  private JobDetails job(JobId id) {
    return stoker.monitoring().job(id).orElseThrow();
  }

  private String lastReason(JobId id) {
    return job(id).history().getLast().reason();
  }

  @Test
  void continuation_waits_for_its_parent_and_runs_when_it_succeeds() {
    JobId parent = TestRecordJobs.enqueue(token);
    JobId child = TestRecordJobs.after(parent).enqueue(token);

    assertThat(job(child).state()).isEqualTo(JobState.AWAITING);
    stoker.runDueJobs();

    assertThat(Executions.of(token))
        .extracting(Executions.Execution::job)
        .containsExactly(parent, child);
    assertThat(job(child).history())
        .extracting(HistoryEntry::to)
        .containsExactly(
            JobState.AWAITING, JobState.ENQUEUED, JobState.PROCESSING, JobState.SUCCEEDED);
    assertThat(job(child).history().get(1).reason()).isEqualTo("Its parents succeeded");
  }

  @Test
  void continuation_of_a_failed_parent_is_deleted_with_the_reason() {
    JobId parent = TestNeverRetriedJobs.enqueue(token);
    JobId child = TestRecordJobs.after(parent).enqueue(token + "-child");

    stoker.runDueJobs();

    assertThat(job(child).state()).isEqualTo(JobState.DELETED);
    assertThat(lastReason(child)).isEqualTo("Its parent job " + parent + " failed");
    assertThat(Executions.count(token + "-child")).isZero();
  }

  @Test
  void continuation_of_a_deleted_parent_is_deleted_with_the_reason() {
    JobId parent = TestRecordJobs.schedule(Duration.ofHours(1), token);
    JobId child = TestRecordJobs.after(parent).enqueue(token);

    stoker.client().delete(parent);

    assertThat(job(child).state()).isEqualTo(JobState.DELETED);
    assertThat(lastReason(child)).isEqualTo("Its parent job " + parent + " was deleted");
  }

  @Test
  void continuation_for_any_outcome_runs_after_its_parent_failed() {
    JobId parent = TestNeverRetriedJobs.enqueue(token);
    JobId child = TestRecordJobs.afterAnyOutcome(parent).enqueue(token + "-child");

    stoker.runDueJobs();

    assertThat(job(child).state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(job(child).history().get(1).reason()).isEqualTo("Its parents ended");
  }

  @Test
  void continuation_of_several_parents_runs_once_all_have_succeeded() {
    JobId now = TestRecordJobs.enqueue(token);
    JobId later = TestRecordJobs.schedule(Duration.ofHours(1), token);
    JobId child = TestRecordJobs.after(now, later).enqueue(token);

    stoker.runDueJobs();
    assertThat(job(now).state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(job(child).state()).isEqualTo(JobState.AWAITING);

    clock.advance(Duration.ofHours(1));
    stoker.runDueJobs();

    assertThat(Executions.of(token))
        .extracting(Executions.Execution::job)
        .containsExactly(now, later, child);
  }

  @Test
  void chain_of_five_runs_in_order() {
    List<JobId> chain = new ArrayList<>();
    chain.add(TestRecordJobs.enqueue(token));
    for (int i = 1; i < 5; i++) {
      chain.add(TestRecordJobs.after(chain.getLast()).enqueue(token));
    }

    stoker.runDueJobs();

    assertThat(Executions.of(token)).extracting(Executions.Execution::job).isEqualTo(chain);
  }

  @Test
  void failure_in_a_chain_deletes_every_job_after_it() {
    JobId first = TestRecordJobs.enqueue(token);
    JobId failing = TestNeverRetriedJobs.after(first).enqueue(token);
    List<JobId> rest = new ArrayList<>();
    rest.add(TestRecordJobs.after(failing).enqueue(token));
    for (int i = 0; i < 2; i++) {
      rest.add(TestRecordJobs.after(rest.getLast()).enqueue(token));
    }

    stoker.runDueJobs();

    assertThat(rest).allSatisfy(id -> assertThat(job(id).state()).isEqualTo(JobState.DELETED));
    assertThat(lastReason(rest.get(0))).isEqualTo("Its parent job " + failing + " failed");
    assertThat(lastReason(rest.get(2))).isEqualTo("Its parent job " + rest.get(1) + " was deleted");
    assertThat(Executions.count(token)).isEqualTo(2);
  }

  @Test
  void continuation_added_after_its_parent_finished_behaves_as_if_it_had_been_there() {
    JobId succeeded = TestRecordJobs.enqueue(token);
    JobId failed = TestNeverRetriedJobs.enqueue(token);
    stoker.runDueJobs();

    JobId afterSuccess = TestRecordJobs.after(succeeded).enqueue(token);
    JobId afterFailure = TestRecordJobs.after(failed).enqueue(token);
    JobId afterAnyEnd = TestRecordJobs.afterAnyOutcome(failed).enqueue(token);

    assertThat(job(afterSuccess).state()).isEqualTo(JobState.ENQUEUED);
    assertThat(job(afterFailure).state()).isEqualTo(JobState.DELETED);
    assertThat(job(afterAnyEnd).state()).isEqualTo(JobState.ENQUEUED);
  }

  @Test
  void scheduled_continuation_waits_for_its_start_time_after_its_parent() {
    JobId parent = TestRecordJobs.enqueue(token);
    JobId child = TestRecordJobs.after(parent).schedule(Duration.ofMinutes(30), token);

    stoker.runDueJobs();
    assertThat(job(child).state()).isEqualTo(JobState.SCHEDULED);

    clock.advance(Duration.ofMinutes(30));
    stoker.runDueJobs();
    assertThat(job(child).state()).isEqualTo(JobState.SUCCEEDED);
  }

  @Test
  void continuation_of_a_job_that_does_not_exist_is_refused_and_nothing_is_stored() {
    JobId missing = JobId.parse("00000000-0000-7000-8000-000000000000");

    assertThatThrownBy(() -> TestRecordJobs.after(missing).enqueue(token))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("There is no job " + missing + " to wait for");
    assertThat(stoker.monitoring().counts().byQueue()).isEmpty();
  }

  @Test
  void a_continuation_cannot_both_need_success_and_accept_any_outcome() {
    JobId parent = TestRecordJobs.enqueue(token);

    assertThatThrownBy(() -> TestRecordJobs.after(parent).afterAnyOutcome(parent))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("create two continuations instead");
  }
}
