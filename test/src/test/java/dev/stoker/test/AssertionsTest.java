package dev.stoker.test;

import static dev.stoker.test.StokerAssertions.assertEnqueued;
import static dev.stoker.test.StokerAssertions.assertNotEnqueued;
import static dev.stoker.test.StokerAssertions.assertNothingEnqueued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.test.jobs.KitDatabase;
import dev.stoker.test.jobs.KitPricedJobs;
import dev.stoker.test.jobs.KitReminderJobs;
import dev.stoker.test.jobs.KitWelcomeJobs;
import dev.stoker.test.jobs.Mails;
import dev.stoker.testing.StoredJob;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The typed assertions find jobs by their arguments, however the database keeps them, and by queue,
 * time and parents; a failure lists the jobs that are waiting.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(KitDatabase.class)
class AssertionsTest {

  @RegisterExtension final StokerExtension extension;

  @JobInstance final Mails mails = new Mails();

  AssertionsTest(KitDatabase database) {
    extension = database.extension();
  }

  @Test
  void enqueued_job_is_found_by_its_arguments_and_no_other() {
    KitWelcomeJobs.enqueue(42L);

    StoredJob job = assertEnqueued(KitWelcomeJobs.with(42L));

    assertThat(job.queue()).isEqualTo("mail");
    assertNotEnqueued(KitWelcomeJobs.with(43L));
    assertNotEnqueued(KitReminderJobs.withAnyArguments());
  }

  @Test
  void arguments_compare_by_value_whatever_order_and_spelling_the_database_keeps() {
    KitPricedJobs.enqueue("book", new BigDecimal("12.50"), List.of("paper", "new"));

    assertEnqueued(KitPricedJobs.with("book", new BigDecimal("12.50"), List.of("paper", "new")));
    assertNotEnqueued(KitPricedJobs.with("book", new BigDecimal("12.51"), List.of("paper", "new")));
    assertNotEnqueued(KitPricedJobs.with("book", new BigDecimal("12.50"), List.of("new", "paper")));
  }

  @Test
  void exactly_n_counts_each_matching_job() {
    KitWelcomeJobs.enqueue(1L);
    KitWelcomeJobs.enqueue(1L);
    KitWelcomeJobs.enqueue(2L);

    assertThat(assertEnqueued(2, KitWelcomeJobs.with(1L))).hasSize(2);
    assertEnqueued(3, KitWelcomeJobs.withAnyArguments());
    assertThatThrownBy(() -> assertEnqueued(1, KitWelcomeJobs.with(1L)))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected 1 job enqueued: kit.welcome {\"userId\":1}, but 2 are.");
  }

  @Test
  void queue_and_start_time_narrow_the_expectation(TestStoker stoker) {
    Instant now = stoker.clock().instant();
    KitReminderJobs.schedule(Duration.ofHours(2), 7L, "later");

    assertEnqueued(KitReminderJobs.with(7L, "later").onQueue("mail"));
    assertNotEnqueued(KitReminderJobs.with(7L, "later").onQueue("default"));
    assertEnqueued(KitReminderJobs.with(7L, "later").scheduledAt(now.plus(Duration.ofHours(2))));
    assertNotEnqueued(KitReminderJobs.with(7L, "later").scheduledAt(now));
    assertEnqueued(KitReminderJobs.with(7L, "later").scheduledAtOrAfter(now.plusSeconds(3600)));
    assertNotEnqueued(KitReminderJobs.with(7L, "later").scheduledAtOrAfter(now.plusSeconds(7201)));
  }

  @Test
  void failure_names_the_expected_job_and_lists_those_waiting() {
    KitWelcomeJobs.enqueue(42L);

    assertThatThrownBy(() -> assertEnqueued(KitWelcomeJobs.with(43L)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a job enqueued: kit.welcome {\"userId\":43}, but none is.")
        .hasMessageContaining("The jobs waiting to run:")
        .hasMessageContaining("kit.welcome {")
        .hasMessageContaining("ENQUEUED on queue mail");
  }

  @Test
  void jobs_that_ran_are_no_longer_enqueued(TestStoker stoker) {
    KitWelcomeJobs.enqueue(42L);
    stoker.drain();

    assertNothingEnqueued();
    assertThatThrownBy(() -> assertEnqueued(KitWelcomeJobs.with(42L)))
        .hasMessageContaining("No job is waiting to run.");
    assertThat(mails.sent()).containsExactly("welcome 42");
  }
}
