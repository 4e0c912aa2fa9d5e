package dev.stoker.server;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces {@code @Job(timeout)}: when a job's time runs out it is asked to stop; if it has not
 * stopped a while later, it is given up, so that its worker goes on to other jobs.
 */
final class Watchdog implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Watchdog.class);

  private final ScheduledThreadPoolExecutor timer =
      new ScheduledThreadPoolExecutor(
          1, Thread.ofPlatform().name("stoker-watchdog").daemon().factory());

  private final Duration timeToStop;

  Watchdog() {
    this(Cancellation.TIME_TO_STOP);
  }

  /** A watchdog that gives a job this long to stop once asked, before it is given up. */
  Watchdog(Duration timeToStop) {
    this.timeToStop = timeToStop;
    timer.setRemoveOnCancelPolicy(true);
  }

  /**
   * Watches a job whose code has just started, if it has a timeout.
   *
   * @param giveUp called with the job if it has not stopped a while after its time ran out; null
   *     where a job cannot be given up (it runs on the caller's thread)
   */
  void watch(RunningJob job, Consumer<RunningJob> giveUp) {
    Duration timeout = job.timeout();
    if (timeout == null) {
      return;
    }
    job.watchedBy(
        timer.schedule(() -> timeOut(job, giveUp), timeout.toNanos(), TimeUnit.NANOSECONDS));
  }

  private void timeOut(RunningJob job, Consumer<RunningJob> giveUp) {
    if (!job.timeOut()) {
      return;
    }
    log.warn(
        "Job {} {} ran longer than its timeout of {}: asked it to stop",
        job.jobName(),
        job.id(),
        JobTimedOutException.seconds(job.timeout()));
    if (giveUp != null) {
      job.watchedBy(
          timer.schedule(() -> giveUp.accept(job), timeToStop.toNanos(), TimeUnit.NANOSECONDS));
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
