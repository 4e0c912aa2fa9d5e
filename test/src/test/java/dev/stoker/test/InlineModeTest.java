package dev.stoker.test;

import static dev.stoker.test.StokerAssertions.assertEnqueued;
import static dev.stoker.test.StokerAssertions.assertNothingEnqueued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.JobId;
import dev.stoker.test.jobs.KitFanOutJobs;
import dev.stoker.test.jobs.KitFlakyJobs;
import dev.stoker.test.jobs.KitReminderJobs;
import dev.stoker.test.jobs.KitStepJobs;
import dev.stoker.test.jobs.KitWelcomeJobs;
import dev.stoker.test.jobs.Mails;
import dev.stoker.test.jobs.Steps;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** In inline mode each enqueue runs, before it returns, what is due: the job and what follows. */
@StokerTest(mode = RunMode.INLINE)
class InlineModeTest {

  @JobInstance final Mails mails = new Mails();
  @JobInstance final Steps steps = new Steps();

  @Test
  void enqueue_runs_the_job_before_it_returns(TestStoker stoker) {
    KitWelcomeJobs.enqueue(1L);

    assertThat(stoker.mode()).isEqualTo(RunMode.INLINE);
    assertThat(mails.sent()).containsExactly("welcome 1");
    assertNothingEnqueued();
  }

  @Test
  void jobs_a_job_enqueues_and_continuations_it_releases_run_too() {
    JobId parent = KitFanOutJobs.enqueue("parent", 2);
    KitStepJobs.after(parent).enqueue("after the parent");

    assertThat(steps.ran()).containsExactly("parent", "parent.1", "parent.2", "after the parent");
  }

  @Test
  void scheduled_job_waits_for_the_clock(TestStoker stoker) {
    KitReminderJobs.schedule(Duration.ofMinutes(10), 1L, "soon");
    assertThat(mails.sent()).isEmpty();

    stoker.advance(Duration.ofMinutes(10));
    assertThat(mails.sent()).containsExactly("reminder 1: soon");
  }

  @Test
  void manual_block_holds_its_jobs_back_until_the_test_runs_them(TestStoker stoker) {
    stoker.manual(() -> KitWelcomeJobs.enqueue(1L));

    assertEnqueued(KitWelcomeJobs.with(1L));
    stoker.drain();
    assertThat(mails.sent()).containsExactly("welcome 1");
  }

  @Test
  void runs_of_the_test_count_what_ran_inline_and_rethrow_a_failure(TestStoker stoker) {
    steps.failing(1);
    KitFlakyJobs.enqueue("crm");

    assertThat(stoker.runs().retried()).isEqualTo(1);
    assertThatThrownBy(() -> stoker.runs().rethrow())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("crm is down");
    stoker.advance(Duration.ofMinutes(1));
    assertThat(stoker.runs().succeeded()).isEqualTo(1);
  }
}
