package dev.stoker.dashboard;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read again at most once per interval, by whichever request first finds it stale while the
 * others wait for that read: twenty open overviews query the database as one does.
 */
final class Refreshed<T> {

  private final Supplier<T> read;
  private final long intervalNanos;
  private T value;
  private long readAtNanos;

  Refreshed(Duration interval, Supplier<T> read) {
    this.read = read;
    this.intervalNanos = interval.toNanos();
  }

  synchronized T get() {
    if (value == null || System.nanoTime() - readAtNanos >= intervalNanos) {
      value = read.get();
      readAtNanos = System.nanoTime();
    }
    return value;
  }
}
