package dev.stoker.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.RetryBackoff;
import dev.stoker.test.jobs.KitFlakyJobs;
import dev.stoker.test.jobs.KitNightlyJobs;
import dev.stoker.test.jobs.KitStepJobs;
import dev.stoker.test.jobs.KitWelcomeJobs;
import dev.stoker.test.jobs.Mails;
import dev.stoker.test.jobs.NightlyReport;
import dev.stoker.test.jobs.Steps;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jobs run on the instances the test gives: fields, parameters, registrations, an activator. */
class InstancesTest {

  @Nested
  @StokerTest
  class FromTheTest {

    @JobInstance Mails mails;

    @BeforeEach
    void fieldMaySetLate() {
      mails = new Mails();
    }

    @Test
    void field_value_is_the_instance_its_jobs_run_on(TestStoker stoker) {
      KitWelcomeJobs.enqueue(1L);
      stoker.drain();

      assertThat(mails.sent()).containsExactly("welcome 1");
    }

    @Test
    void parameter_gets_the_instance_the_jobs_run_on(TestStoker stoker, @JobInstance Steps steps) {
      KitStepJobs.enqueue("one");
      stoker.drain();

      assertThat(steps.ran()).containsExactly("one");
    }

    @Test
    void registered_instance_wins_over_a_field(TestStoker stoker) {
      Mails registered = new Mails();
      stoker.register(registered);

      KitWelcomeJobs.enqueue(2L);
      stoker.drain();

      assertThat(registered.sent()).containsExactly("welcome 2");
      assertThat(mails.sent()).isEmpty();
    }
  }

  @Nested
  class FromTheExtension {

    final NightlyReport report = new NightlyReport(java.time.Clock.systemUTC());

    @RegisterExtension
    final StokerExtension extension =
        new StokerExtension()
            .clockAt(Instant.parse("2026-06-01T00:00:00Z"))
            .activator(type -> type == NightlyReport.class ? report : null)
            .configure(
                builder ->
                    builder.retryBackoff(
                        new RetryBackoff(Duration.ofSeconds(1), 1, Duration.ofSeconds(1), 0)));

    @Test
    void activator_supplies_what_the_test_has_no_instance_of(TestStoker stoker) {
      assertThat(stoker.clock().instant()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
      KitNightlyJobs.enqueue();
      stoker.drain();

      assertThat(report.runs()).hasSize(1);
    }

    @Test
    void configuration_reaches_the_tests_stoker(TestStoker stoker, @JobInstance Steps steps) {
      steps.failing(1);
      KitFlakyJobs.enqueue("quick retry");

      RunResult result = stoker.advance(Duration.ofSeconds(1));

      assertThat(result.retried()).isEqualTo(1);
      assertThat(result.succeeded()).isEqualTo(1);
    }
  }
}
