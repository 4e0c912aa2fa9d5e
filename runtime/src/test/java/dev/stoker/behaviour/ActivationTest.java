package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.GreetingJobs;
import dev.stoker.jobs.TestGreetJobs;
import org.junit.jupiter.api.Test;

/** Job methods run on the instances the application registers, or a clear failure says why not. */
class ActivationTest extends DatabaseTest {

  @Test
  void job_runs_on_the_registered_instance() {
    Stoker stoker =
        closeAfter(
            Stoker.builder()
                .dataSource(db.dataSource())
                .register(GreetingJobs.class, () -> new GreetingJobs("Merhaba"))
                .withoutServer()
                .start());

    TestGreetJobs.enqueue(token, "Ayşe");
    stoker.runDueJobs();

    assertThat(Executions.of(token))
        .singleElement()
        .extracting(Executions.Execution::value)
        .isEqualTo("Merhaba, Ayşe");
  }

  @Test
  void job_runs_on_the_instance_an_activator_supplies() {
    Stoker stoker =
        closeAfter(
            Stoker.builder()
                .dataSource(db.dataSource())
                .activator(type -> type == GreetingJobs.class ? new GreetingJobs("Hello") : null)
                .withoutServer()
                .start());

    TestGreetJobs.enqueue(token, "Ada");
    stoker.runDueJobs();

    assertThat(Executions.of(token))
        .singleElement()
        .extracting(Executions.Execution::value)
        .isEqualTo("Hello, Ada");
  }

  @Test
  void job_whose_class_cannot_be_created_fails_with_a_reason_that_says_what_to_register() {
    Stoker stoker =
        closeAfter(Stoker.builder().dataSource(db.dataSource()).withoutServer().start());

    var id = TestGreetJobs.enqueue(token, "Ada");
    stoker.runDueJobs();

    var job = stoker.monitoring().job(id).orElseThrow();
    assertThat(job.state()).isEqualTo(JobState.SCHEDULED);
    assertThat(job.history().getLast().reason())
        .startsWith(
            "Retry 1 of 10: JobActivationException: Cannot get an instance of"
                + " dev.stoker.jobs.GreetingJobs to run job 'test.greet'")
        .contains("register one with Stoker.builder().register(GreetingJobs.class, () -> ...)");
    assertThat(Executions.count(token)).isZero();
  }
}
