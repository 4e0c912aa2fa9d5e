package dev.stoker.recurring;

import dev.stoker.client.JobIds;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires the recurring jobs that are due: in the background on a server, at every poll interval, or
 * on the caller's thread when asked ({@link #fireDue()}).
 */
final class RecurringScheduler implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RecurringScheduler.class);
  private static final int BATCH = 100;

  private final RecurringStore store;
  private final Clock clock;
  private final Runnable onNewJobs;
  private final FirePlanner planner = new FirePlanner();
  private ScheduledExecutorService thread;

  RecurringScheduler(RecurringStore store, Clock clock, Runnable onNewJobs) {
    this.store = store;
    this.clock = clock;
    this.onNewJobs = onNewJobs;
  }

  /** Fires every recurring job due now; returns how many it looked at. */
  int fireDue() {
    int fired = 0;
    int batch;
    do {
      batch = store.fireDue(clock.instant(), BATCH, planner::plan, () -> JobIds.next(clock));
      fired += batch;
    } while (batch == BATCH);
    if (fired > 0) {
      onNewJobs.run();
    }
    return fired;
  }

  synchronized void start(Duration interval) {
    thread =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> Thread.ofPlatform().name("stoker-recurring").daemon().unstarted(runnable));
    long millis = Math.max(1, interval.toMillis());
    thread.scheduleWithFixedDelay(this::fireDueAndKeepGoing, 0, millis, TimeUnit.MILLISECONDS);
  }

  private void fireDueAndKeepGoing() {
    try {
      fireDue();
    } catch (Throwable t) {
      if (t instanceof VirtualMachineError error) {
        throw error;
      }
      log.warn("Stoker's recurring job scheduler failed and will keep running", t);
    }
  }

  @Override
  public synchronized void close() {
    if (thread == null) {
      return;
    }
    thread.shutdownNow();
    try {
      thread.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    thread = null;
  }
}
