package dev.stoker.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.JobId;
import dev.stoker.test.jobs.KitBrokenJobs;
import dev.stoker.test.jobs.KitDatabase;
import dev.stoker.test.jobs.KitFanOutJobs;
import dev.stoker.test.jobs.KitForeverJobs;
import dev.stoker.test.jobs.KitPricedJobs;
import dev.stoker.test.jobs.KitReminderJobs;
import dev.stoker.test.jobs.KitStepJobs;
import dev.stoker.test.jobs.KitWelcomeJobs;
import dev.stoker.test.jobs.Mails;
import dev.stoker.test.jobs.Steps;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Running one job, a queue, or everything due, with limits, counts and the jobs' own errors. */
@ParameterizedClass(name = "{0}")
@EnumSource(KitDatabase.class)
class RunningTest {

  @RegisterExtension final StokerExtension extension;

  @JobInstance final Mails mails = new Mails();
  @JobInstance final Steps steps = new Steps();

  RunningTest(KitDatabase database) {
    extension = database.extension();
  }

  @Test
  void one_job_runs_now_by_its_id_even_before_its_time(TestStoker stoker) {
    KitWelcomeJobs.enqueue(1L);
    JobId reminder = KitReminderJobs.schedule(Duration.ofDays(1), 2L, "tomorrow");

    RunResult result = stoker.run(reminder);

    assertThat(result.succeeded()).isEqualTo(1);
    assertThat(mails.sent()).containsExactly("reminder 2: tomorrow");
  }

  @Test
  void draining_a_queue_leaves_the_others_waiting(TestStoker stoker) {
    KitWelcomeJobs.enqueue(1L);
    KitStepJobs.enqueue("default queue");
    KitPricedJobs.enqueue("pen", BigDecimal.ONE, List.of());

    RunResult result = stoker.drain(Drain.queues("mail", "billing"));

    assertThat(result.runs()).extracting(run -> run.queue()).containsExactly("mail", "billing");
    assertThat(stoker.enqueued()).extracting(job -> job.queue()).containsExactly("default");
  }

  @Test
  void jobs_enqueued_by_jobs_run_in_the_same_drain() {
    KitFanOutJobs.enqueue("parent", 2);

    RunResult result = TestStoker.current().drain();

    assertThat(result.succeeded()).isEqualTo(3);
    assertThat(steps.ran()).containsExactly("parent", "parent.1", "parent.2");
  }

  @Test
  void limit_stops_a_drain_that_would_not_end_and_says_so(TestStoker stoker) {
    KitForeverJobs.enqueue(1);

    RunResult result = stoker.drain(Drain.all().limit(5));

    assertThat(result.total()).isEqualTo(5);
    assertThat(result.stoppedAtLimit()).isTrue();
    assertThat(steps.ran()).hasSize(5);
  }

  @Test
  void failed_job_is_counted_and_its_own_exception_rethrown_on_request(TestStoker stoker) {
    KitBrokenJobs.enqueue("report.pdf");
    KitWelcomeJobs.enqueue(3L);

    RunResult result = stoker.drain();

    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.succeeded()).isEqualTo(1);
    assertThatThrownBy(result::rethrow)
        .isInstanceOf(IOException.class)
        .hasMessage("disk full while writing report.pdf");
    assertThat(stoker.drain().rethrow().total()).isZero();
  }

  @Test
  void job_deleted_while_it_runs_counts_as_cancelled(TestStoker stoker) {
    JobId[] self = new JobId[1];
    stoker.register(
        new Steps() {
          @Override
          public void step(String name) {
            stoker.client().delete(self[0]);
          }
        });
    self[0] = KitStepJobs.enqueue("deletes itself");

    RunResult result = stoker.drain();

    assertThat(result.cancelled()).isEqualTo(1);
    assertThat(result.total()).isEqualTo(1);
  }

  @Test
  void job_that_waits_for_its_parent_cannot_be_run_by_id(TestStoker stoker) {
    JobId parent = KitStepJobs.enqueue("parent");
    JobId child = KitStepJobs.after(parent).enqueue("child");

    assertThatThrownBy(() -> stoker.run(child))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("it waits for its parents: run them first");
  }
}
