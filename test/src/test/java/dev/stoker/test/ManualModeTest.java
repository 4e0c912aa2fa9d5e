package dev.stoker.test;

import static dev.stoker.test.StokerAssertions.assertEnqueued;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.test.jobs.KitWelcomeJobs;
import dev.stoker.test.jobs.Mails;
import org.junit.jupiter.api.Test;

/** By default a test's jobs wait until the test runs them; one block can run them as enqueued. */
@StokerTest
class ManualModeTest {

  @JobInstance final Mails mails = new Mails();

  @Test
  void jobs_wait_until_the_test_runs_them(TestStoker stoker) {
    KitWelcomeJobs.enqueue(1L);

    assertThat(stoker.mode()).isEqualTo(RunMode.MANUAL);
    assertThat(mails.sent()).isEmpty();
    assertEnqueued(KitWelcomeJobs.with(1L));
    stoker.drain();
    assertThat(mails.sent()).containsExactly("welcome 1");
  }

  @Test
  void inline_block_runs_each_enqueue_at_once_and_returns_what_ran(TestStoker stoker) {
    RunResult result =
        stoker.inline(
            () -> {
              KitWelcomeJobs.enqueue(1L);
              assertThat(mails.sent()).containsExactly("welcome 1");
            });
    KitWelcomeJobs.enqueue(2L);

    assertThat(result.succeeded()).isEqualTo(1);
    assertThat(stoker.mode()).isEqualTo(RunMode.MANUAL);
    assertThat(mails.sent()).containsExactly("welcome 1");
    assertEnqueued(KitWelcomeJobs.with(2L));
  }

  @Test
  void jobs_created_through_the_kits_client_wait_alike(TestStoker stoker) {
    KitWelcomeJobs.using(stoker.client()).enqueue(5L);

    assertEnqueued(KitWelcomeJobs.with(5L));
    assertThat(stoker.runs().total()).isZero();
  }
}
