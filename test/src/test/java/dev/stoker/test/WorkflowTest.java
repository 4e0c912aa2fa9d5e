package dev.stoker.test;

import static dev.stoker.test.StokerAssertions.assertEnqueued;
import static dev.stoker.test.StokerAssertions.assertNothingEnqueued;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.test.jobs.KitDatabase;
import dev.stoker.test.jobs.KitFlakyJobs;
import dev.stoker.test.jobs.KitStepJobs;
import dev.stoker.test.jobs.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Continuation chains and batches, tested without waiting: each step runs once, in order. */
@ParameterizedClass(name = "{0}")
@EnumSource(KitDatabase.class)
class WorkflowTest {

  @RegisterExtension final StokerExtension extension;

  @JobInstance final Steps steps = new Steps();

  WorkflowTest(KitDatabase database) {
    extension = database.extension();
  }

  @Test
  void continuation_chain_waits_for_each_parent_and_drains_in_order(TestStoker stoker) {
    JobId first = KitStepJobs.enqueue("first");
    JobId second = KitStepJobs.after(first).enqueue("second");
    KitStepJobs.after(second).enqueue("third");
    assertEnqueued(KitStepJobs.with("second").after(first));
    assertEnqueued(KitStepJobs.with("third").after(second));

    RunResult result = stoker.drain();

    assertThat(result.succeeded()).isEqualTo(3);
    assertThat(steps.ran()).containsExactly("first", "second", "third");
    assertNothingEnqueued();
  }

  @Test
  void continuation_of_a_retried_parent_runs_once_the_parent_finally_succeeds(TestStoker stoker) {
    steps.failing(1);
    JobId sync = KitFlakyJobs.enqueue("crm");
    KitStepJobs.after(sync).enqueue("mark in crm");

    RunResult result = stoker.drain(Drain.all().advancingClock());

    assertThat(result.retried()).isEqualTo(1);
    assertThat(result.succeeded()).isEqualTo(2);
    assertThat(steps.ran()).containsExactly("crm attempt 1", "crm attempt 2", "mark in crm");
  }

  @Test
  void batch_continuation_runs_once_after_every_job_of_the_batch(TestStoker stoker) {
    BatchId batch =
        stoker
            .client()
            .batch(
                jobs -> {
                  for (int i = 1; i <= 3; i++) {
                    KitStepJobs.in(jobs).enqueue("part " + i);
                  }
                });
    KitStepJobs.afterBatch(batch).enqueue("report");
    assertEnqueued(3, KitStepJobs.withAnyArguments().inBatch(batch));
    assertEnqueued(KitStepJobs.with("report").afterBatch(batch));

    RunResult result = stoker.drain();

    assertThat(result.succeeded()).isEqualTo(4);
    assertThat(steps.ran()).containsExactlyInAnyOrder("part 1", "part 2", "part 3", "report");
    assertThat(steps.ran().getLast()).isEqualTo("report");
    assertThat(stoker.monitoring().batch(batch).orElseThrow().succeeded()).isEqualTo(3);
  }
}
