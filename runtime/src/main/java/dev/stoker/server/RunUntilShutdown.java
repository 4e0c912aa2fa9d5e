package dev.stoker.server;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a step on a thread of its own until shutdown: at once while it reports more work, else
 * after its interval or a wake-up. A failing step (the database out of reach) is logged and tried
 * again with a growing pause; when it works again, that is logged too.
 */
final class RunUntilShutdown implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(RunUntilShutdown.class);

  private final String name;
  private final BooleanSupplier step;
  private final Waiter waiter;
  private final Duration interval;
  private final Duration maxPauseAfterError;
  private volatile boolean shuttingDown;
  private Thread thread;

  /**
   * @param name what the step does, for the log and the thread's name
   * @param step runs once; returns true when there may be more work right away
   * @param waiter where the loop sleeps between steps
   * @param interval the longest sleep between steps that work
   * @param maxPauseAfterError the longest pause after a step failed
   */
  RunUntilShutdown(
      String name,
      BooleanSupplier step,
      Waiter waiter,
      Duration interval,
      Duration maxPauseAfterError) {
    this.name = name;
    this.step = step;
    this.waiter = waiter;
    this.interval = interval;
    this.maxPauseAfterError = maxPauseAfterError;
  }

  /** Starts the loop on a platform daemon thread: it must run even when workers are all busy. */
  synchronized void start(String threadName) {
    thread = Thread.ofPlatform().name(threadName).daemon().start(this);
  }

  /** Stops the loop after its current step, and waits for that. */
  synchronized void stop() {
    shuttingDown = true;
    waiter.wake();
    if (thread != null) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      thread = null;
    }
  }

  @Override
  public void run() {
    Duration firstErrorPause =
        interval.compareTo(maxPauseAfterError) < 0 ? interval : maxPauseAfterError;
    Duration errorPause = firstErrorPause;
    int failures = 0;
    while (!shuttingDown) {
      Duration sleep = interval;
      try {
        boolean moreWork = step.getAsBoolean();
        if (failures > 0) {
          log.info("Stoker's {} works again, after {} failed tries", name, failures);
          failures = 0;
          errorPause = firstErrorPause;
        }
        if (moreWork) {
          continue;
        }
      } catch (Throwable t) {
        failures++;
        sleep = errorPause;
        if (failures == 1) {
          log.warn(
              "Stoker's {} failed and will keep trying; next try in {} ms",
              name,
              sleep.toMillis(),
              t);
        } else {
          log.warn(
              "Stoker's {} failed again ({} tries): {}; next try in {} ms",
              name,
              failures,
              t.toString(),
              sleep.toMillis());
        }
        errorPause = longer(errorPause);
      }
      waiter.await(sleep);
    }
  }

  private Duration longer(Duration pause) {
    Duration doubled = pause.multipliedBy(2);
    return doubled.compareTo(maxPauseAfterError) <= 0 ? doubled : maxPauseAfterError;
  }
}
