package dev.stoker.spring.jobs;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Holds a job running until the test opens it. */
public class Gate {

  private final CountDownLatch entered = new CountDownLatch(1);
  private final CountDownLatch open = new CountDownLatch(1);

  /** Waits until the gate opens, for a minute at most, deaf to being asked to stop. */
  void pass() {
    entered.countDown();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (open.getCount() > 0 && System.nanoTime() < deadline) {
      try {
        open.await(10, TimeUnit.MILLISECONDS);
      } catch (InterruptedException stubborn) {
        // Runs on past the shutdown grace, as a job that ignores cancellation does.
      }
    }
  }

  public boolean entered() {
    return entered.getCount() == 0;
  }

  public void open() {
    open.countDown();
  }
}
