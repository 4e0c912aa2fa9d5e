package dev.stoker.monitoring;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A value read again at most once per interval and shared by every reader: twenty open dashboards
 * read the database as one does. Only the very first read waits for it; once the value is stale,
 * the reader that finds it so reads it again while the others get the previous value at once (stale
 * while revalidate), so a slow read costs no other reader its time.
 *
 * <pre>{@code
 * Refreshed<List<QueueInfo>> queues = new Refreshed<>(Duration.ofSeconds(2), monitoring::queues);
 * queues.get(); // read at most every 2 seconds, by one reader
 * }</pre>
 *
 * @param <T> what is read
 */
public final class Refreshed<T> {

  private final Supplier<T> read;
  private final long intervalNanos;
  private final ReentrantLock reading = new ReentrantLock();
  private volatile Reading<T> latest;

  /** The value and when its read ended. */
  private record Reading<T>(T value, long readAtNanos) {}

  /** Reads with {@code read}, again once the last read ended {@code interval} ago. */
  public Refreshed(Duration interval, Supplier<T> read) {
    this.read = read;
    this.intervalNanos = interval.toNanos();
  }

  /**
   * The value: the latest read while it is fresh or another reader reads it again; read now by this
   * reader if it is the first, or finds the value stale and no one reading it.
   */
  public T get() {
    Reading<T> seen = latest;
    if (seen == null) {
      reading.lock();
      try {
        return latest == null ? readNow() : latest.value();
      } finally {
        reading.unlock();
      }
    }
    if (System.nanoTime() - seen.readAtNanos() >= intervalNanos && reading.tryLock()) {
      try {
        return latest == seen ? readNow() : latest.value();
      } finally {
        reading.unlock();
      }
    }
    return seen.value();
  }

  private T readNow() {
    T value = read.get();
    latest = new Reading<>(value, System.nanoTime());
    return value;
  }
}
