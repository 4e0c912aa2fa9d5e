package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.JobId;
import dev.stoker.Stoker;
import dev.stoker.job.InstalledClient;
import dev.stoker.jobs.TestRecordJobs;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Which Stoker the generated static calls reach: the one started last that is still open (a Stoker
 * that takes them over says so), the one before once it closes, and a client bound to a thread on
 * that thread.
 */
class InstalledClientTest {

  @Test
  void second_stoker_takes_the_static_calls_over_and_hands_them_back_when_it_closes() {
    try (Stoker first = Stoker.inMemory()) {
      try (Stoker second = Stoker.inMemory()) {
        JobId id = TestRecordJobs.enqueue("to the second");

        assertThat(second.monitoring().job(id)).isPresent();
        assertThat(first.monitoring().job(id)).isEmpty();
      }
      assertThat(first.monitoring().job(TestRecordJobs.enqueue("back to the first"))).isPresent();
    }
    assertThatThrownBy(() -> TestRecordJobs.enqueue("to nobody"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Cannot submit job 'test.record': no Stoker client is installed");
  }

  @Test
  void stoker_told_not_to_install_its_client_leaves_the_static_calls_where_they_are() {
    try (Stoker installed = Stoker.inMemory();
        Stoker quiet = Stoker.builder().withoutServer().installClient(false).start()) {
      JobId viaStatic = TestRecordJobs.enqueue("static");
      JobId explicit = TestRecordJobs.using(quiet.client()).enqueue("explicit");

      assertThat(installed.monitoring().job(viaStatic)).isPresent();
      assertThat(quiet.monitoring().job(viaStatic)).isEmpty();
      assertThat(quiet.monitoring().job(explicit)).isPresent();
    }
  }

  @Test
  void client_bound_to_a_thread_wins_there_and_only_there_until_unbound() throws Exception {
    try (Stoker installed = Stoker.inMemory();
        Stoker own = Stoker.builder().withoutServer().installClient(false).start()) {
      JobId mine;
      JobId otherThread;
      try (var binding = InstalledClient.bindToCurrentThread(own.client())) {
        mine = TestRecordJobs.enqueue("bound");
        otherThread = CompletableFuture.supplyAsync(() -> TestRecordJobs.enqueue("other")).get();
      }
      JobId afterwards = TestRecordJobs.enqueue("unbound");

      assertThat(own.monitoring().job(mine)).isPresent();
      assertThat(installed.monitoring().job(otherThread)).isPresent();
      assertThat(installed.monitoring().job(afterwards)).isPresent();
      assertThat(own.monitoring().job(afterwards)).isEmpty();
    }
  }
}
