package dev.stoker.server;

import static dev.stoker.server.UnitJobs.SERVER;
import static dev.stoker.server.UnitJobs.enqueued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.JobState;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.NewJob;
import dev.stoker.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FetcherTest {

  private final InMemoryStore store = new InMemoryStore();
  private final HeldAttempts held = new HeldAttempts();
  private final Fetcher fetcher =
      new Fetcher(
          store,
          store,
          List.of("critical", "default"),
          ClaimRoutes.unlimited(Set.of("mail.welcome")),
          SERVER,
          TestClock.atFixedMoment(),
          Duration.ofSeconds(1),
          held);

  @Test
  void claims_the_first_queue_first_up_to_what_is_wanted_and_holds_each_attempt() {
    List<NewJob> jobs = new ArrayList<>();
    for (String queue : List.of("default", "critical", "default", "critical", "default")) {
      jobs.add(enqueued("mail.welcome", queue));
    }
    jobs.add(enqueued("report.monthly", "critical")); // no handler here
    store.insert(jobs, UnitJobs.NOW, false);
    List<ClaimedJob> started = new ArrayList<>();

    int claimed = fetcher.fetch(3, started::add);

    assertThat(claimed).isEqualTo(3);
    assertThat(started)
        .extracting(ClaimedJob::queue)
        .containsExactly("critical", "critical", "default");
    assertThat(held.all()).containsExactlyInAnyOrderElementsOf(started);
  }

  @Test
  void after_a_lost_claim_hands_back_only_the_jobs_it_does_not_hold() {
    NewJob ended = enqueued("mail.welcome", "critical");
    store.insert(List.of(ended), UnitJobs.NOW, false);
    List<ClaimedJob> started = new ArrayList<>();
    fetcher.fetch(1, started::add); // ran, its outcome not yet written
    NewJob lost = enqueued("mail.welcome", "critical");
    store.insert(List.of(lost), UnitJobs.NOW, false);
    store.loseNextClaimAnswer();

    assertThatThrownBy(() -> fetcher.fetch(1, started::add)).hasMessageContaining("broke");
    assertThat(store.row(lost.id()).state).isEqualTo(JobState.PROCESSING);
    int claimed = fetcher.fetch(2, started::add);

    assertThat(store.row(ended.id()).state)
        .as("held: outcome pending")
        .isEqualTo(JobState.PROCESSING);
    assertThat(store.row(ended.id()).attempt).isEqualTo(1);
    assertThat(claimed).isEqualTo(1);
    assertThat(started.getLast().id()).isEqualTo(lost.id());
    assertThat(started.getLast().attempt())
        .as("the lost claim went back, then came again")
        .isEqualTo(2);
  }
}
