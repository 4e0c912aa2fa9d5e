package dev.stoker.spring;

import static dev.stoker.spring.StokerContexts.h2;
import static dev.stoker.spring.StokerContexts.h2Url;
import static dev.stoker.spring.StokerContexts.runner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.spring.jobs.Gate;
import dev.stoker.spring.jobs.HoldOnJobs;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {

  @Test
  void closing_the_context_hands_a_job_still_running_after_the_grace_back_to_its_queue() {
    String url = h2Url("shutdown");
    AtomicReference<JobId> id = new AtomicReference<>();
    AtomicReference<Gate> gate = new AtomicReference<>();
    runner()
        .withPropertyValues("spring.datasource.url=" + url, "stoker.server.shutdown-grace=200ms")
        .run(
            context -> {
              gate.set(context.getBean(Gate.class));
              id.set(HoldOnJobs.enqueue("report"));
              await().atMost(Duration.ofSeconds(30)).until(gate.get()::entered);
              context.close();
            });
    try {
      JobDetails job = jobAfterShutdown(url, id.get());
      assertThat(job.state()).isEqualTo(JobState.ENQUEUED);
      assertThat(job.history().getLast().reason()).contains("shut down before the job ended");
    } finally {
      gate.get().open();
    }
  }

  private static JobDetails jobAfterShutdown(String url, JobId id) {
    try (Stoker stoker = Stoker.builder().dataSource(h2(url)).withoutServer().start()) {
      return stoker.monitoring().job(id).orElseThrow();
    }
  }
}
