package dev.stoker.jobs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/** Gates a test opens to let a waiting test job go on, by name. */
public final class Gates {

  private static final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();

  private Gates() {}

  public static void open(String name) {
    gate(name).countDown();
  }

  /** Waits until the gate is open, even when interrupted: a job that will not stop when asked. */
  static void awaitIgnoringInterrupts(String name) {
    boolean interrupted = false;
    while (true) {
      try {
        gate(name).await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static CountDownLatch gate(String name) {
    return gates.computeIfAbsent(name, n -> new CountDownLatch(1));
  }
}
