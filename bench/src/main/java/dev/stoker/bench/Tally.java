package dev.stoker.bench;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Counts the runs of the no-op jobs of every target by ticket (0 to n - 1), with the time each
 * first started: the bench's own record of what ran, checked against each target's database.
 */
final class Tally {

  private static volatile Tally current;

  private final AtomicIntegerArray runs;
  private final long[] started;
  private final AtomicInteger distinct = new AtomicInteger();
  private final AtomicInteger outOfRange = new AtomicInteger();
  private final AtomicLong first = new AtomicLong(Long.MAX_VALUE);

  private Tally(int tickets) {
    this.runs = new AtomicIntegerArray(tickets);
    this.started = new long[tickets];
  }

  /** Starts counting runs of tickets 0 to {@code tickets - 1}. */
  static Tally expect(int tickets) {
    Tally tally = new Tally(tickets);
    current = tally;
    return tally;
  }

  /** Called by every target's no-op job. */
  static void ran(long ticket) {
    Tally tally = current;
    if (tally != null) {
      tally.record(ticket);
    }
  }

  private void record(long ticket) {
    long now = System.nanoTime();
    if (ticket < 0 || ticket >= runs.length()) {
      outOfRange.incrementAndGet();
      return;
    }
    int index = (int) ticket;
    if (runs.incrementAndGet(index) == 1) {
      started[index] = now;
      first.accumulateAndGet(now, Math::min);
      distinct.incrementAndGet();
    }
  }

  /** Waits until {@code goal} tickets ran; throws if the deadline passes first. */
  void awaitAtLeast(int goal, Duration deadline, String what) {
    if (!reached(goal, deadline)) {
      throw new IllegalStateException(
          what + ": only " + distinct.get() + " of " + goal + " jobs ran within " + deadline);
    }
  }

  /** Waits until {@code goal} tickets ran or the time is up; true if they did. */
  boolean reached(int goal, Duration within) {
    long end = System.nanoTime() + within.toNanos();
    while (distinct.get() < goal) {
      if (System.nanoTime() > end) {
        return false;
      }
      LockSupport.parkNanos(200_000);
    }
    return true;
  }

  /** How many tickets ran at least once. */
  int distinct() {
    return distinct.get();
  }

  /** When the ticket first started (System.nanoTime), or 0 if it did not run. */
  long startedAt(int ticket) {
    return runs.get(ticket) == 0 ? 0 : started[ticket];
  }

  /** When the first job started (System.nanoTime). */
  long firstStart() {
    return first.get();
  }

  /** Throws unless every ticket below {@code count} ran exactly once and nothing else ran. */
  void verifyEachRanOnce(int count, String what) {
    verifyNoneTwice(what);
    if (distinct.get() != count) {
      throw new IllegalStateException(
          what + ": " + distinct.get() + " jobs ran, " + count + " were expected");
    }
    for (int i = 0; i < count; i++) {
      if (runs.get(i) != 1) {
        throw new IllegalStateException(what + ": job " + i + " did not run");
      }
    }
  }

  /** Throws if a ticket ran twice or an unknown one ran. */
  void verifyNoneTwice(String what) {
    if (outOfRange.get() > 0) {
      throw new IllegalStateException(what + ": " + outOfRange.get() + " unknown jobs ran");
    }
    for (int i = 0; i < runs.length(); i++) {
      if (runs.get(i) > 1) {
        throw new IllegalStateException(
            what + ": job " + i + " ran " + runs.get(i) + " times, once was expected");
      }
    }
  }
}
