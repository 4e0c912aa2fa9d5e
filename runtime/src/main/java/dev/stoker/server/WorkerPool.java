package dev.stoker.server;

import dev.stoker.storage.ClaimedJob;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed number of workers, each running one job at a time on a virtual thread, and a waiting room
 * of claimed jobs, so that a worker that ends its job starts the next at once rather than wait for
 * a claim. The room holds what the workers get through in about {@link #ROOM_TIME}, as their recent
 * jobs took: many short jobs, which then come in large claims, but few long ones, which other
 * servers may as well run. The pool watches each job's timeout, and gives up a job that does not
 * stop when its time ran out: it records the job as timed out and frees its worker.
 */
final class WorkerPool {

  private static final Logger log = LoggerFactory.getLogger(WorkerPool.class);

  private static final Duration ROOM_TIME = Duration.ofMillis(50);
  // Reached only by jobs of under a millisecond: enough of them to keep a worker busy while the
  // next claim, one round trip of a few milliseconds, brings more.
  private static final int MAX_ROOM_PER_WORKER = 50;

  private final Semaphore idle;
  private final int size;
  // A moving average of how long the last jobs ran, in nanoseconds; 0 before the first.
  private volatile long averageRunNanos;
  private final ConcurrentLinkedQueue<ClaimedJob> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicInteger waitingCount = new AtomicInteger();
  private volatile boolean shuttingDown;
  private final ExecutorService executor =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("stoker-worker-", 1).factory());
  private final Set<RunningJob> running = ConcurrentHashMap.newKeySet();
  private final JobRunner runner;
  private final Watchdog watchdog;
  private final HeldAttempts held;
  private final Runnable onWorkerIdle;

  /**
   * @param size how many jobs may run at once
   * @param runner runs each job and records its outcome
   * @param watchdog tells when a job's time runs out
   * @param held the attempts the server holds, which a job that ends without an outcome leaves
   * @param onWorkerIdle called each time a worker becomes free
   */
  WorkerPool(
      int size, JobRunner runner, Watchdog watchdog, HeldAttempts held, Runnable onWorkerIdle) {
    this.idle = new Semaphore(size);
    this.size = size;
    this.runner = runner;
    this.watchdog = watchdog;
    this.held = held;
    this.onWorkerIdle = onWorkerIdle;
  }

  /** How many more jobs the pool takes now: free workers, and free places to wait for one. */
  int freePlaces() {
    return Math.max(0, idle.availablePermits() + waitingRoom() - waitingCount.get());
  }

  /** All the places: workers and the waiting room. */
  int places() {
    return size + waitingRoom();
  }

  /** How many jobs may wait: what the workers get through in {@link #ROOM_TIME}. */
  private int waitingRoom() {
    long average = averageRunNanos;
    if (average == 0) {
      return size;
    }
    long jobs = size * ROOM_TIME.toNanos() / Math.max(1, average);
    return (int) Math.clamp(jobs, 1, (long) MAX_ROOM_PER_WORKER * size);
  }

  private void ran(long nanos) {
    long average = averageRunNanos;
    averageRunNanos = average == 0 ? Math.max(1, nanos) : Math.max(1, (average * 7 + nanos) / 8);
  }

  /** Starts the job on a free worker, or lets it wait for the next one. */
  void start(ClaimedJob job) {
    waiting.add(job);
    waitingCount.incrementAndGet();
    startWaiting();
  }

  /** Starts waiting jobs while workers are free. */
  private void startWaiting() {
    while (!shuttingDown && waitingCount.get() > 0 && idle.tryAcquire()) {
      ClaimedJob job = waiting.poll();
      if (job == null) {
        idle.release();
        return;
      }
      waitingCount.decrementAndGet();
      RunningJob running = runner.attemptOf(job);
      this.running.add(running);
      executor.execute(() -> run(running));
    }
  }

  /**
   * Asks the attempts to stop, those whose code still runs; those still waiting for a worker will
   * not start.
   */
  void cancel(Set<ClaimedJob> attempts, Cancellation why) {
    for (ClaimedJob job : attempts) {
      if (waiting.remove(job)) {
        waitingCount.decrementAndGet();
        log.info("Job {} {} will not start: {}", job.name(), job.id(), why.reason());
      }
    }
    for (RunningJob job : running) {
      if (attempts.contains(job.job()) && job.codeRunning()) {
        log.info("Job {} {} asked to stop: {}", job.jobName(), job.id(), why.reason());
        job.cancel(why);
      }
    }
  }

  private void run(RunningJob job) {
    long started = System.nanoTime();
    try {
      watchdog.watch(job, this::giveUp);
      runner.run(job);
      ran(System.nanoTime() - started);
    } catch (Throwable t) {
      // Left held, it would stay PROCESSING here; let go, a lost claim's sweep hands it back.
      held.release(job.job());
      log.error("Job {} {} ended without an outcome", job.jobName(), job.id(), t);
    } finally {
      free(job);
    }
  }

  /** Records that the job did not stop after its timeout, and frees its worker. */
  private void giveUp(RunningJob job) {
    if (!job.settle()) {
      return; // It ended meanwhile, and its own thread records how.
    }
    JobLogContext.around(
        job.job(),
        () ->
            log.error(
                "Job {} {} did not stop after its timeout: recorded as timed out, its worker"
                    + " freed, and its thread left running",
                job.jobName(),
                job.id()));
    Thread.ofVirtual()
        .name("stoker-give-up")
        .start(
            () -> {
              try {
                runner.recordGivenUp(job);
              } finally {
                free(job);
              }
            });
  }

  private void free(RunningJob job) {
    if (!job.release()) {
      return;
    }
    running.remove(job);
    idle.release();
    startWaiting();
    synchronized (running) {
      running.notifyAll();
    }
    onWorkerIdle.run();
  }

  /**
   * Stops starting jobs, and returns those that were waiting for a worker: they were claimed, never
   * started, and go back to their queue at once.
   */
  List<ClaimedJob> closeWaitingRoom() {
    shuttingDown = true;
    List<ClaimedJob> notStarted = new ArrayList<>();
    for (ClaimedJob job = waiting.poll(); job != null; job = waiting.poll()) {
      waitingCount.decrementAndGet();
      notStarted.add(job);
    }
    return notStarted;
  }

  /**
   * Lets running jobs finish within the grace period, then asks the rest to stop (cancellation flag
   * and interrupt) and gives them a moment to; returns the jobs still running after that, now
   * settled as unfinished.
   */
  List<ClaimedJob> shutDown(Duration grace, Duration afterCancellation) {
    executor.shutdown();
    if (!awaitNoneRunning(grace)) {
      running.forEach(job -> job.cancel(Cancellation.SHUTDOWN));
      awaitNoneRunning(afterCancellation);
    }
    return running.stream().filter(RunningJob::settle).map(RunningJob::job).toList();
  }

  private boolean awaitNoneRunning(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (running) {
      while (!running.isEmpty()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        try {
          running.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return true;
    }
  }
}
