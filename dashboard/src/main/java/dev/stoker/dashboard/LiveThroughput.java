package dev.stoker.dashboard;

import dev.stoker.monitoring.Monitoring;
import dev.stoker.monitoring.Throughput;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs that succeeded and failed in each of the last minutes' seconds, sampled once a second by
 * one thread for every open dashboard, so that twenty open pages query the database like one. It
 * samples only while someone reads, and a second is counted a few seconds after it passed, once the
 * outcomes of that second have been committed.
 */
final class LiveThroughput implements AutoCloseable {

  /** One second's counts. */
  record Sample(long second, long succeeded, long failed) {}

  private static final Logger log = LoggerFactory.getLogger(LiveThroughput.class);
  private static final int KEPT_SECONDS = 300;
  private static final int BACKFILL_SECONDS = 60;
  private static final long LAG_SECONDS = 3;
  private static final long IDLE_SECONDS = 60;

  private final Monitoring monitoring;
  private final Deque<Sample> samples = new ArrayDeque<>();
  private ScheduledExecutorService timer;
  private long lastRead;
  private long lastSampled;

  LiveThroughput(Monitoring monitoring) {
    this.monitoring = monitoring;
  }

  /** The samples after the second (epoch seconds), oldest first; starts sampling if needed. */
  synchronized List<Sample> after(long second) {
    lastRead = now();
    if (timer == null) {
      timer =
          Executors.newSingleThreadScheduledExecutor(
              task ->
                  Thread.ofPlatform().daemon().name("stoker-dashboard-throughput").unstarted(task));
      timer.scheduleWithFixedDelay(this::sample, 0, 1, TimeUnit.SECONDS);
    }
    List<Sample> newer = new ArrayList<>();
    for (Sample sample : samples) {
      if (sample.second() > second) {
        newer.add(sample);
      }
    }
    return newer;
  }

  private void sample() {
    try {
      long due = now() - LAG_SECONDS;
      long from;
      synchronized (this) {
        if (now() - lastRead > IDLE_SECONDS) {
          stop();
          return;
        }
        from = Math.max(lastSampled + 1, due - BACKFILL_SECONDS);
      }
      for (long second = from; second <= due; second++) {
        Throughput counts =
            monitoring.throughput(Instant.ofEpochSecond(second), Instant.ofEpochSecond(second + 1));
        add(new Sample(second, counts.succeeded(), counts.failed()));
      }
    } catch (RuntimeException e) {
      log.warn("Cannot read the jobs that ended lately; the live graph will try again", e);
    }
  }

  private synchronized void add(Sample sample) {
    samples.addLast(sample);
    lastSampled = sample.second();
    while (samples.size() > KEPT_SECONDS) {
      samples.removeFirst();
    }
  }

  private void stop() {
    if (timer != null) {
      timer.shutdown();
      timer = null;
    }
    // The next reader starts afresh, with a backfill: no gap where no one looked.
    samples.clear();
    lastSampled = 0;
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  @Override
  public synchronized void close() {
    stop();
  }
}
