package dev.stoker.server;

import dev.stoker.storage.ClaimedJob;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A fixed number of workers, each running one job at a time on a virtual thread. */
final class WorkerPool {

  private static final Logger log = LoggerFactory.getLogger(WorkerPool.class);

  private final Semaphore idle;
  private final ExecutorService executor =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("stoker-worker-", 1).factory());
  private final Set<RunningJob> running = ConcurrentHashMap.newKeySet();
  private final JobRunner runner;
  private final Runnable onWorkerIdle;

  /**
   * @param size how many jobs may run at once
   * @param runner runs each job and records its outcome
   * @param onWorkerIdle called each time a worker becomes free
   */
  WorkerPool(int size, JobRunner runner, Runnable onWorkerIdle) {
    this.idle = new Semaphore(size);
    this.runner = runner;
    this.onWorkerIdle = onWorkerIdle;
  }

  int idleWorkers() {
    return idle.availablePermits();
  }

  /** Starts the job on a free worker, waiting for one if none is free. */
  void start(ClaimedJob job) {
    idle.acquireUninterruptibly();
    RunningJob running = new RunningJob(job);
    this.running.add(running);
    executor.execute(() -> run(running));
  }

  private void run(RunningJob job) {
    job.runsOn(Thread.currentThread());
    try {
      runner.run(job, true);
    } catch (Throwable t) {
      log.error(
          "Could not record how job {} {} ended; it stays PROCESSING on this server",
          job.jobName(),
          job.id(),
          t);
    } finally {
      running.remove(job);
      idle.release();
      onWorkerIdle.run();
    }
  }

  /**
   * Lets running jobs finish within the grace period, then asks the rest to stop (cancellation flag
   * and interrupt) and gives them a moment to; returns the jobs still running after that.
   */
  List<ClaimedJob> shutDown(Duration grace, Duration afterCancellation) {
    executor.shutdown();
    if (!awaitTermination(grace)) {
      running.forEach(RunningJob::cancel);
      awaitTermination(afterCancellation);
    }
    return running.stream().map(RunningJob::job).toList();
  }

  private boolean awaitTermination(Duration timeout) {
    try {
      return executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
