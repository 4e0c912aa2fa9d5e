package dev.stoker.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One shared value: however many readers at once, it is read once, and only the first waits. */
class RefreshedTest {

  private final AtomicInteger reads = new AtomicInteger();

  private static List<Thread> readers(int count, Runnable each) {
    List<Thread> readers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      readers.add(Thread.ofPlatform().start(each));
    }
    return readers;
  }

  private static void joinAll(List<Thread> threads) throws InterruptedException {
    for (Thread thread : threads) {
      thread.join();
    }
  }

  @Test
  void twenty_first_readers_at_once_read_once_and_share_the_value() throws InterruptedException {
    Refreshed<Integer> value = new Refreshed<>(Duration.ofHours(1), reads::incrementAndGet);
    CountDownLatch go = new CountDownLatch(1);
    List<Integer> seen = Collections.synchronizedList(new ArrayList<>());

    List<Thread> readers =
        readers(
            20,
            () -> {
              try {
                go.await();
              } catch (InterruptedException e) {
                return;
              }
              seen.add(value.get());
            });
    go.countDown();
    joinAll(readers);

    assertThat(reads).hasValue(1);
    assertThat(seen).hasSize(20).containsOnly(1);
  }

  @Test
  void readers_get_the_stale_value_while_one_reads_it_again() throws InterruptedException {
    CountDownLatch secondReadStarted = new CountDownLatch(1);
    CountDownLatch finishSecondRead = new CountDownLatch(1);
    Refreshed<Integer> value =
        new Refreshed<>(
            Duration.ZERO,
            () -> {
              int read = reads.incrementAndGet();
              if (read == 2) {
                secondReadStarted.countDown();
                try {
                  finishSecondRead.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
              return read;
            });
    assertThat(value.get()).isEqualTo(1);
    List<Integer> refresher = Collections.synchronizedList(new ArrayList<>());
    Thread refreshing = Thread.ofPlatform().start(() -> refresher.add(value.get()));
    assertThat(secondReadStarted.await(10, TimeUnit.SECONDS)).isTrue();

    // The second read hangs until released: every other reader meanwhile gets the first value.
    List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
    joinAll(readers(20, () -> seen.add(value.get())));
    finishSecondRead.countDown();
    refreshing.join();

    assertThat(seen).hasSize(20).containsOnly(1);
    assertThat(refresher).containsExactly(2);
    assertThat(reads).hasValue(2);
    assertThat(value.get()).isEqualTo(3);
  }

  @Test
  void a_stale_value_is_read_again() {
    Refreshed<Integer> value = new Refreshed<>(Duration.ZERO, reads::incrementAndGet);

    value.get();
    value.get();

    assertThat(reads).hasValue(2);
  }

  @Test
  void a_fresh_value_is_not_read_again() {
    Refreshed<Integer> value = new Refreshed<>(Duration.ofHours(1), reads::incrementAndGet);

    value.get();
    value.get();

    assertThat(reads).hasValue(1);
  }
}
