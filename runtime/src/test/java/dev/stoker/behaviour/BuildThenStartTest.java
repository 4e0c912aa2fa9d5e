package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.GreetingJobs;
import dev.stoker.jobs.TestGreetJobs;
import dev.stoker.testing.Await;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A container builds Stoker in one phase and starts its server in a later one. */
class BuildThenStartTest extends DatabaseTest {

  @Test
  void a_built_stoker_takes_jobs_at_once_and_runs_them_when_its_server_starts() {
    Stoker stoker =
        closeAfter(
            Stoker.builder()
                .dataSource(db.dataSource())
                .register(GreetingJobs.class, () -> new GreetingJobs("Hello"))
                .pollInterval(Duration.ofMillis(20))
                .shutdownHook(false)
                .build());

    JobId id = TestGreetJobs.enqueue(token, "Ada");
    assertThat(stoker.monitoring().servers()).isEmpty();
    assertThat(stoker.monitoring().job(id).orElseThrow().state()).isEqualTo(JobState.ENQUEUED);

    stoker.start();

    assertThat(stoker.monitoring().servers())
        .singleElement()
        .extracting(server -> server.id())
        .isEqualTo(stoker.serverId());
    Await.until(
        "the job succeeded",
        () -> stoker.monitoring().job(id).orElseThrow().state() == JobState.SUCCEEDED);
    assertThat(Executions.of(token))
        .singleElement()
        .extracting(Executions.Execution::value)
        .isEqualTo("Hello, Ada");
  }

  @Test
  void a_server_starts_only_once() {
    Stoker stoker = closeAfter(Stoker.builder().dataSource(db.dataSource()).start());

    assertThatThrownBy(stoker::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a server starts only once");
  }
}
