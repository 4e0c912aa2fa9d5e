package dev.stoker.server;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Sleeps until woken or until a timeout passes; a wake-up that comes before the sleep counts. */
final class Waiter {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition woken = lock.newCondition();
  private boolean wakeRequested;

  void wake() {
    lock.lock();
    try {
      wakeRequested = true;
      woken.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Returns when woken, when the timeout passes, or when the thread is interrupted. */
  void await(Duration timeout) {
    lock.lock();
    try {
      long nanos = timeout.toNanos();
      while (!wakeRequested && nanos > 0) {
        nanos = woken.awaitNanos(nanos);
      }
      wakeRequested = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      lock.unlock();
    }
  }
}
