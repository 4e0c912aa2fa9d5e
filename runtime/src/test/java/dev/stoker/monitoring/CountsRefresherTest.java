package dev.stoker.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobState;
import dev.stoker.storage.MonitoringStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One refresher per Stoker: however many readers at once, the store is counted once. */
class CountsRefresherTest {

  private final AtomicInteger counted = new AtomicInteger();

  private final MonitoringStore store =
      new MonitoringStore() {
        @Override
        public StateCounts stateCounts(long bound, Instant now) {
          counted.incrementAndGet();
          return new StateCounts(Map.of(JobState.ENQUEUED, (long) counted.get()), bound, now);
        }

        @Override
        public long count(JobFilter filter, long bound) {
          throw new UnsupportedOperationException();
        }

        @Override
        public List<EndedJobs> ended(
            Instant from, Instant to, Duration step, String name, String queue) {
          throw new UnsupportedOperationException();
        }
      };

  @Test
  void twenty_readers_at_once_count_the_store_once() throws InterruptedException {
    CountsRefresher refresher =
        new CountsRefresher(store, Clock.systemUTC(), 10_000, Duration.ofHours(1));
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> readers = new ArrayList<>();
    List<StateCounts> seen = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 20; i++) {
      readers.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      go.await();
                    } catch (InterruptedException e) {
                      return;
                    }
                    seen.add(refresher.get());
                  }));
    }
    go.countDown();
    for (Thread reader : readers) {
      reader.join();
    }

    assertThat(counted).hasValue(1);
    assertThat(seen).hasSize(20).allMatch(counts -> counts.count(JobState.ENQUEUED) == 1);
  }

  @Test
  void stale_counts_are_taken_again() {
    CountsRefresher refresher =
        new CountsRefresher(store, Clock.systemUTC(), 10_000, Duration.ZERO);

    refresher.get();
    refresher.get();

    assertThat(counted).hasValue(2);
  }
}
