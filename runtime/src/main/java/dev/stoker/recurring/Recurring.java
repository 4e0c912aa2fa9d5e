package dev.stoker.recurring;

import dev.stoker.RecurringJobs;
import dev.stoker.job.JobDefinition;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;

/**
 * Stoker's recurring jobs, as a Stoker runs them: a server registers the crons of its {@code @Job}s
 * when it starts and fires due recurring jobs in the background; a Stoker without a server does
 * both only when asked to run due jobs, so that a process that merely creates jobs leaves the
 * schedules alone.
 */
public final class Recurring implements AutoCloseable {

  private final DefaultRecurringJobs recurringJobs;
  private final AnnotatedRecurringJobs annotated;
  private final RecurringScheduler scheduler;
  private final Collection<JobDefinition> jobs;
  private boolean synced;

  /**
   * @param store where recurring jobs are kept
   * @param jobs the jobs this process can run, whose crons it registers
   * @param clock the time schedules are read by
   * @param onNewJobs called after jobs were created, to wake a local server
   */
  public Recurring(
      RecurringStore store, Collection<JobDefinition> jobs, Clock clock, Runnable onNewJobs) {
    this.recurringJobs = new DefaultRecurringJobs(store, clock, onNewJobs);
    this.annotated = new AnnotatedRecurringJobs(recurringJobs, store);
    this.scheduler = new RecurringScheduler(store, clock, onNewJobs);
    this.jobs = jobs;
  }

  /** Adds, updates, removes and triggers recurring jobs. */
  public RecurringJobs recurringJobs() {
    return recurringJobs;
  }

  /** Registers the {@code @Job} crons and fires due recurring jobs every interval. */
  public void start(Duration interval) {
    syncOnce();
    scheduler.start(interval);
  }

  /**
   * Fires the recurring jobs due now on the calling thread, registering the {@code @Job} crons
   * first the first time; returns how many recurring jobs fired.
   */
  public int fireDue() {
    syncOnce();
    return scheduler.fireDue();
  }

  private synchronized void syncOnce() {
    if (!synced) {
      annotated.sync(jobs);
      synced = true;
    }
  }

  @Override
  public void close() {
    scheduler.close();
  }
}
