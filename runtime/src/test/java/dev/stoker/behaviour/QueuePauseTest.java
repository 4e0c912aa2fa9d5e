package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.TestCriticalJobs;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.monitoring.NotRunningReason;
import dev.stoker.monitoring.QueueInfo;
import dev.stoker.testing.Await;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QueuePauseTest extends DatabaseTest {

  private JobState state(Stoker stoker, JobId id) {
    return stoker.monitoring().job(id).orElseThrow().state();
  }

  private QueueInfo queue(Stoker stoker, String name) {
    return stoker.monitoring().queues().stream()
        .filter(queue -> queue.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void paused_queue_keeps_its_jobs_enqueued_and_runs_them_after_resume() {
    Stoker stoker =
        closeAfter(Stoker.builder().dataSource(db.dataSource()).withoutServer().start());
    stoker.client().pauseQueue("critical");

    JobId critical = TestCriticalJobs.enqueue(token);
    JobId other = TestRecordJobs.enqueue(token);
    stoker.runDueJobs();

    assertThat(state(stoker, other)).isEqualTo(JobState.SUCCEEDED);
    assertThat(state(stoker, critical)).isEqualTo(JobState.ENQUEUED);
    QueueInfo paused = queue(stoker, "critical");
    assertThat(paused.paused()).isTrue();
    assertThat(paused.enqueued()).isEqualTo(1);
    assertThat(paused.pause().pausedBy()).isEqualTo("the application");

    assertThat(stoker.client().resumeQueue("critical")).isTrue();
    assertThat(stoker.client().resumeQueue("critical")).as("resumed already").isFalse();
    stoker.runDueJobs();

    assertThat(state(stoker, critical)).isEqualTo(JobState.SUCCEEDED);
    assertThat(Executions.of(token)).hasSize(2);
    assertThat(queue(stoker, "critical").paused()).isFalse();
  }

  @Test
  void running_server_claims_nothing_from_a_paused_queue_until_it_is_resumed() {
    Stoker stoker =
        closeAfter(
            Stoker.builder()
                .dataSource(db.dataSource())
                .queues("critical", "default")
                .pollInterval(Duration.ofMillis(50))
                .start());
    stoker.client().as("alice").pauseQueue("critical");

    JobId critical = TestCriticalJobs.enqueue(token);
    JobId after = TestRecordJobs.enqueue(token);
    Await.until("the default queue's job ran", () -> state(stoker, after) == JobState.SUCCEEDED);

    assertThat(state(stoker, critical)).isEqualTo(JobState.ENQUEUED);
    assertThat(stoker.monitoring().whyNotRunning(critical))
        .extracting(NotRunningReason::kind)
        .containsExactly(NotRunningReason.Kind.QUEUE_PAUSED);
    assertThat(stoker.monitoring().whyNotRunning(critical).getFirst().message())
        .contains("paused by alice");

    stoker.client().as("alice").resumeQueue("critical");
    Await.until("the critical job ran", () -> state(stoker, critical) == JobState.SUCCEEDED);
    assertThat(Executions.of(token)).hasSize(2);
  }

  @Test
  void a_name_that_is_no_queue_name_is_refused_and_pauses_nothing() {
    Stoker stoker =
        closeAfter(Stoker.builder().dataSource(db.dataSource()).withoutServer().start());

    assertThatThrownBy(() -> stoker.client().pauseQueue("<b>Mail</b>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a queue name");
    assertThat(stoker.monitoring().pausedQueues()).isEmpty();
  }
}
