package dev.stoker.server;

import dev.stoker.RetryBackoff;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.JobStore;
import dev.stoker.storage.Outcome;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs: one fetcher thread claims ready jobs for the idle workers, which run them on virtual
 * threads. Jobs can also be run on the caller's thread instead ({@link #runDueJobs()}), for tests.
 */
public final class StokerServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(StokerServer.class);
  private static final Duration AFTER_CANCELLATION = Duration.ofSeconds(2);
  private static final int INLINE_BATCH = 100;

  private final String id = newServerId();
  private final ServerSettings settings;
  private final JobStore store;
  private final Clock clock;
  private final Waiter waiter = new Waiter();
  private final JobRunner runner;
  private final Fetcher fetcher;
  private final WorkerPool pool;
  private final RunUntilShutdown fetchLoop;
  private Thread fetchThread;

  public StokerServer(
      ServerSettings settings,
      JobStore store,
      HandlerRegistry handlers,
      Activator activator,
      RetryBackoff backoff,
      Clock clock) {
    this.settings = settings;
    this.store = store;
    this.clock = clock;
    this.runner = new JobRunner(handlers, activator, store, backoff, clock, id);
    this.fetcher = new Fetcher(store, settings.queues(), id, clock, settings.pollInterval());
    this.pool = new WorkerPool(settings.workers(), runner, waiter::wake);
    this.fetchLoop =
        new RunUntilShutdown(
            "job fetcher", this::fetchForIdleWorkers, waiter, settings.pollInterval());
  }

  /** This server's id, as the jobs it runs and their history name it. */
  public String id() {
    return id;
  }

  /** Starts fetching and running jobs in the background. */
  public synchronized void start() {
    if (fetchThread != null) {
      throw new IllegalStateException("Server " + id + " is already started");
    }
    fetchThread = Thread.ofPlatform().name("stoker-fetcher").daemon().start(fetchLoop);
    log.info(
        "Stoker server {} started: {} workers on queues {}",
        id,
        settings.workers(),
        settings.queues());
  }

  /** Makes the fetcher look for jobs now rather than at its next poll. */
  public void wake() {
    waiter.wake();
  }

  private boolean fetchForIdleWorkers() {
    int idle = pool.idleWorkers();
    if (idle == 0) {
      return false;
    }
    return fetcher.fetch(idle, pool::start) == idle;
  }

  /**
   * Runs every job that is due now on the calling thread, one after the other, including jobs that
   * those jobs enqueue; returns how many ran. For servers that were not started.
   */
  public int runDueJobs() {
    if (fetchThread != null) {
      throw new IllegalStateException(
          "runDueJobs() is for a Stoker without server threads (Stoker.inMemory()); this one runs"
              + " jobs in the background already");
    }
    int ran = 0;
    while (true) {
      fetcher.enqueueDueJobs(true);
      List<ClaimedJob> claimed = new ArrayList<>();
      fetcher.fetch(INLINE_BATCH, claimed::add);
      if (claimed.isEmpty()) {
        return ran;
      }
      for (ClaimedJob job : claimed) {
        runner.run(new RunningJob(job), false);
        ran++;
      }
    }
  }

  /**
   * Stops fetching, lets running jobs finish within the grace period, asks the others to stop, and
   * hands back to their queues the jobs that did not end.
   */
  @Override
  public synchronized void close() {
    if (fetchThread == null) {
      return;
    }
    fetchLoop.shutDown();
    join(fetchThread);
    List<ClaimedJob> unfinished = pool.shutDown(settings.shutdownGrace(), AFTER_CANCELLATION);
    for (ClaimedJob job : unfinished) {
      store.complete(
          job,
          new Outcome.HandedBack("Server " + id + " shut down before the job ended"),
          id,
          clock.instant());
    }
    log.info("Stoker server {} stopped; {} unfinished jobs handed back", id, unfinished.size());
    fetchThread = null;
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String newServerId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    long pid = ProcessHandle.current().pid();
    return host + ":" + pid + ":" + UUID.randomUUID().toString().substring(0, 8);
  }
}
