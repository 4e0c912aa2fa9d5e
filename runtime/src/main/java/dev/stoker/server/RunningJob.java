package dev.stoker.server;

import dev.stoker.JobContext;
import dev.stoker.JobId;
import dev.stoker.job.JobHandler;
import dev.stoker.observe.AttemptObservation;
import dev.stoker.observe.AttemptOutcome;
import dev.stoker.storage.ClaimedJob;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One attempt of a claimed job while it runs: its handler and timeout, its context, the means to
 * ask it to stop, and who settles it. Its thread is interrupted only while the job's own code runs,
 * never while its outcome is recorded.
 */
final class RunningJob implements JobContext {

  private final ClaimedJob job;
  private final JobHandler handler;
  private final Duration timeout;
  private final AtomicBoolean settled = new AtomicBoolean();
  private final AtomicBoolean released = new AtomicBoolean();
  private volatile Cancellation cancellation;
  private volatile StackTraceElement[] stackAtTimeout;
  private volatile Throwable thrown;
  // Closed by whoever settles the attempt: the job's thread, or the give-up of a job past its time.
  private volatile AttemptObservation observation;
  private final ReportWriter reports;
  private volatile JobReport report;
  // Guarded by this: the thread running the job's code, and the timer watching it.
  private Thread thread;
  private boolean ended;
  private Future<?> watch;

  /**
   * @param job the claimed job
   * @param handler what runs it, or null when this server has none
   * @param reports where what the job reports of itself goes
   */
  RunningJob(ClaimedJob job, JobHandler handler, ReportWriter reports) {
    this.job = job;
    this.handler = handler;
    this.reports = reports;
    this.timeout = handler == null ? null : handler.definition().timeout();
  }

  ClaimedJob job() {
    return job;
  }

  /** What runs the job, or null when this server has no handler for it. */
  JobHandler handler() {
    return handler;
  }

  /** The longest the attempt may run, or null for no limit. */
  Duration timeout() {
    return timeout;
  }

  /** Called on the job's thread just before its code runs. */
  synchronized void codeStarts() {
    thread = Thread.currentThread();
    if (cancellation != null) {
      thread.interrupt();
    }
  }

  /** Called on the job's thread when its code returned or threw: no interrupt comes after this. */
  synchronized void codeEnded() {
    thread = null;
    ended = true;
    if (watch != null) {
      watch.cancel(false);
    }
    Thread.interrupted();
  }

  /** True while the job's own code runs. */
  synchronized boolean codeRunning() {
    return thread != null;
  }

  /** Keeps the timer that watches the job, to stop it when the job ends. */
  synchronized void watchedBy(Future<?> timer) {
    if (ended) {
      timer.cancel(false);
    } else {
      watch = timer;
    }
  }

  /** Sets the cancellation the job can read and interrupts its code, if it still runs. */
  synchronized void cancel(Cancellation why) {
    if (cancellation == null) {
      cancellation = why;
    }
    if (thread != null) {
      thread.interrupt();
    }
  }

  /**
   * Asks the job to stop because its time ran out, noting where its code was; false if it had
   * already ended.
   */
  synchronized boolean timeOut() {
    if (ended) {
      return false;
    }
    if (thread != null) {
      stackAtTimeout = thread.getStackTrace();
    }
    cancel(Cancellation.TIMED_OUT);
    return true;
  }

  /** Why the job was asked to stop, or null if it was not. */
  Cancellation cancellation() {
    return cancellation;
  }

  /** Where the job's code was when its time ran out, or null. */
  StackTraceElement[] stackAtTimeout() {
    return stackAtTimeout;
  }

  /** True for the one caller that records the attempt's outcome: the job's thread, or a give-up. */
  boolean settle() {
    return settled.compareAndSet(false, true);
  }

  /** Keeps the observers' view of the attempt, to close with how it ended. */
  void observedBy(AttemptObservation observation) {
    this.observation = observation;
  }

  /** Tells the observers how the attempt ended, if any watch it. */
  void observed(AttemptOutcome outcome, Throwable exception) {
    AttemptObservation watching = observation;
    if (watching != null) {
      observation = null;
      watching.close(outcome, exception);
    }
  }

  /** Keeps what the job threw (or why it could not run), for the observers. */
  void threw(Throwable thrown) {
    this.thrown = thrown;
  }

  /** What the job threw, or null. */
  Throwable thrown() {
    return thrown;
  }

  /** True for the one caller that frees the job's worker. */
  boolean release() {
    return released.compareAndSet(false, true);
  }

  @Override
  public JobId id() {
    return job.id();
  }

  @Override
  public String jobName() {
    return job.name();
  }

  @Override
  public int attempt() {
    return job.attempt();
  }

  @Override
  public void progress(long done, long total) {
    report().progress(done, total);
  }

  @Override
  public void log(String line) {
    report().log(line);
  }

  /** The attempt's report, made at the first progress or line: most jobs never make one. */
  private JobReport report() {
    JobReport made = report;
    if (made == null) {
      synchronized (this) {
        made = report;
        if (made == null) {
          made = new JobReport(job);
          reports.add(made);
          report = made;
        }
      }
    }
    return made;
  }

  /** The attempt ended: what it reported last is written, and nothing after. */
  void reportEnded() {
    JobReport made = report;
    if (made != null) {
      reports.ended(made);
    }
  }

  @Override
  public boolean isCancellationRequested() {
    return cancellation != null;
  }
}
