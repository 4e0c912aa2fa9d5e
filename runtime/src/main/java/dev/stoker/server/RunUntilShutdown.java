package dev.stoker.server;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a step until shutdown: at once while it reports more work, else after the poll interval
 * or a wake-up. A failing step (the database away) is logged and retried with a growing pause.
 */
final class RunUntilShutdown implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(RunUntilShutdown.class);
  private static final Duration MAX_PAUSE_AFTER_ERROR = Duration.ofSeconds(30);

  private final String name;
  private final BooleanSupplier step;
  private final Waiter waiter;
  private final Duration pollInterval;
  private volatile boolean shuttingDown;

  /**
   * @param name what the step does, for the log
   * @param step runs once; returns true when there may be more work right away
   * @param waiter where the loop sleeps between steps
   * @param pollInterval the longest sleep
   */
  RunUntilShutdown(String name, BooleanSupplier step, Waiter waiter, Duration pollInterval) {
    this.name = name;
    this.step = step;
    this.waiter = waiter;
    this.pollInterval = pollInterval;
  }

  void shutDown() {
    shuttingDown = true;
    waiter.wake();
  }

  @Override
  public void run() {
    Duration errorPause = pollInterval;
    while (!shuttingDown) {
      Duration sleep = pollInterval;
      try {
        boolean moreWork = step.getAsBoolean();
        errorPause = pollInterval;
        if (moreWork) {
          continue;
        }
      } catch (Throwable t) {
        log.warn(
            "Stoker's {} failed and will keep running; next try in {} ms",
            name,
            errorPause.toMillis(),
            t);
        sleep = errorPause;
        errorPause = longer(errorPause);
      }
      waiter.await(sleep);
    }
  }

  private static Duration longer(Duration pause) {
    Duration doubled = pause.multipliedBy(2);
    return doubled.compareTo(MAX_PAUSE_AFTER_ERROR) <= 0 ? doubled : MAX_PAUSE_AFTER_ERROR;
  }
}
