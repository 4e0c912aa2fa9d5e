package dev.stoker.server;

import static dev.stoker.server.UnitJobs.SERVER;
import static dev.stoker.server.UnitJobs.enqueued;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobState;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.NewJob;
import dev.stoker.storage.Outcome;
import dev.stoker.testing.Await;
import dev.stoker.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutcomeRecorderTest {

  private static final Outcome SUCCEEDED = new Outcome.Succeeded("Succeeded in 1 ms");

  private final InMemoryStore store = new InMemoryStore();
  private final HeldAttempts held = new HeldAttempts();
  private final OutcomeRecorder recorder =
      new OutcomeRecorder(store, TestClock.atFixedMoment(), SERVER, held);

  @AfterEach
  void stop() {
    recorder.stop();
  }

  private List<ClaimedJob> claim(int count) {
    List<NewJob> jobs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      jobs.add(enqueued("mail.welcome", "default"));
    }
    store.insert(jobs, UnitJobs.NOW, false);
    List<ClaimedJob> claimed =
        store.claim(SERVER, "default", Set.of("mail.welcome"), count, UnitJobs.NOW);
    claimed.forEach(held::hold);
    return claimed;
  }

  @Test
  void without_its_thread_it_records_at_once_and_lets_the_attempt_go() {
    ClaimedJob job = claim(1).getFirst();

    recorder.record(job, SUCCEEDED);

    assertThat(store.row(job.id()).state).isEqualTo(JobState.SUCCEEDED);
    assertThat(held.all()).isEmpty();
  }

  @Test
  void outcomes_that_cannot_be_written_stay_held_until_the_database_answers_again() {
    List<ClaimedJob> jobs = claim(20);
    store.failNextWrites(3);
    recorder.start();

    jobs.forEach(job -> recorder.record(job, SUCCEEDED));
    Await.until("the recorder tried and failed", () -> store.completeAllCalls() >= 1);
    assertThat(held.all()).as("held while their outcome waits").hasSize(20);
    for (int i = 0; i < 3; i++) {
      recorder.retryNow(); // the database is back: no waiting out the pause
    }

    Await.until("every outcome was written", Duration.ofSeconds(10), () -> held.all().isEmpty());
    assertThat(jobs)
        .allSatisfy(job -> assertThat(store.row(job.id()).state).isEqualTo(JobState.SUCCEEDED));
  }

  @Test
  void an_outcome_its_fence_refuses_lets_the_attempt_go_too() {
    ClaimedJob job = claim(1).getFirst();
    store.handBackUnknownClaims(SERVER, Set.of(), UnitJobs.NOW); // handed to another attempt

    recorder.record(job, SUCCEEDED);

    assertThat(store.row(job.id()).state).isEqualTo(JobState.ENQUEUED);
    assertThat(held.all()).isEmpty();
  }

  @Test
  void a_failure_keeps_its_exception_until_it_is_written() {
    ClaimedJob job = claim(1).getFirst();
    store.failNextWrites(1);
    recorder.start();

    recorder.record(
        job,
        new Outcome.Retrying(
            UnitJobs.NOW.plusSeconds(15),
            dev.stoker.monitoring.ExceptionInfo.of(new IllegalStateException("SMTP down")),
            "Retry 1 of 3: IllegalStateException: SMTP down"));
    Await.until("the recorder tried and failed", () -> store.completeAllCalls() >= 1);
    recorder.retryNow();

    Await.until("the failure was written", () -> held.all().isEmpty());
    assertThat(store.row(job.id()).state).isEqualTo(JobState.SCHEDULED);
    assertThat(store.row(job.id()).failures).isEqualTo(1);
  }
}
