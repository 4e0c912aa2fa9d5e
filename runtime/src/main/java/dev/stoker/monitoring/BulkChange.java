package dev.stoker.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One requeue or deletion of every job a filter selects, running on the server in bounded batches:
 * how far it got, and a way to stop it. Each job is changed through the client it was started with,
 * so the job's history names who did it.
 */
public final class BulkChange {

  /** What a bulk change does to each job. */
  public enum Kind {
    /** Puts each FAILED or DELETED job back on its queue. */
    REQUEUE("requeued"),
    /** Deletes each job that has not ended, or FAILED. */
    DELETE("deleted");

    private final String done;

    Kind(String done) {
      this.done = done;
    }

    /** The past tense, as progress reads: "requeued". */
    public String done() {
      return done;
    }
  }

  /** Where a bulk change stands. */
  public enum Status {
    RUNNING,
    /** Every selected job was changed or skipped. */
    DONE,
    /** Stopped by {@link #cancel()}: the jobs changed so far stay changed. */
    CANCELLED,
    /** Stopped by an error, such as the database out of reach: see {@link #error()}. */
    FAILED
  }

  private final UUID id = UUID.randomUUID();
  private final Kind kind;
  private final JobFilter filter;
  private final String actor;
  private final long total;
  private final boolean totalExact;
  private final Instant startedAt;
  private final AtomicLong changed = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private final CountDownLatch ended = new CountDownLatch(1);
  private final CountDownLatch cancelled = new CountDownLatch(1);
  private volatile Status status = Status.RUNNING;
  private volatile String error;

  BulkChange(
      Kind kind,
      JobFilter filter,
      String actor,
      long total,
      boolean totalExact,
      Instant startedAt) {
    this.kind = kind;
    this.filter = filter;
    this.actor = actor;
    this.total = total;
    this.totalExact = totalExact;
    this.startedAt = startedAt;
  }

  /** Its id, to find it again with {@link BulkChanges#find}. */
  public UUID id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  /** The filter whose jobs it changes (on its first page). */
  public JobFilter filter() {
    return filter;
  }

  /** Who started it, as the jobs' history names them. */
  public String actor() {
    return actor;
  }

  /** How many jobs the filter selected when it started, up to the count's bound. */
  public long total() {
    return total;
  }

  /** Whether {@link #total()} is exact, not cut at the count's bound. */
  public boolean totalExact() {
    return totalExact;
  }

  public Instant startedAt() {
    return startedAt;
  }

  /** Jobs changed so far. */
  public long changed() {
    return changed.get();
  }

  /** Jobs left as they were, because they had moved to a state the change does not apply to. */
  public long skipped() {
    return skipped.get();
  }

  public Status status() {
    return status;
  }

  /** What stopped it, if it {@link Status#FAILED}. */
  public String error() {
    return error;
  }

  /** Stops it before the next job; the jobs changed so far stay changed. */
  public void cancel() {
    cancelled.countDown();
  }

  /** Waits until it has ended, at most the time given; true if it has. */
  public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
    return ended.await(timeout, unit);
  }

  boolean cancelled() {
    return cancelled.getCount() == 0;
  }

  /** Waits out the pause between batches, or less if cancelled meanwhile; true if cancelled. */
  boolean cancelledWithin(Duration pause) throws InterruptedException {
    return cancelled.await(pause.toNanos(), TimeUnit.NANOSECONDS);
  }

  void countChanged() {
    changed.incrementAndGet();
  }

  void countSkipped() {
    skipped.incrementAndGet();
  }

  void end(Status status, String error) {
    this.error = error;
    this.status = status;
    ended.countDown();
  }
}
