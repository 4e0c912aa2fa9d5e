package dev.stoker.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition, checking it often, until a deadline; fails with what it waited for. */
public final class Await {

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private Await() {}

  public static void until(String what, BooleanSupplier condition) {
    until(what, DEFAULT_TIMEOUT, condition);
  }

  public static void until(String what, Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("Timed out after " + timeout + " waiting until " + what);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting until " + what, e);
      }
    }
  }
}
