package dev.stoker.server;

import dev.stoker.RetryBackoff;
import dev.stoker.observe.Observers;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.JobStore;
import dev.stoker.storage.Notifications;
import dev.stoker.storage.Outcome;
import dev.stoker.storage.ProgressStore;
import dev.stoker.storage.ServerRegistration;
import dev.stoker.storage.ServerStore;
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
 * Runs jobs: a fetcher thread claims ready jobs for the idle workers, which run them on virtual
 * threads; a heartbeat thread tells the other servers this one is alive; two more hand back the
 * jobs of dead servers and remove expired jobs. Jobs can also be run on the caller's thread instead
 * ({@link #runDueJobs()}), for tests.
 */
public final class StokerServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(StokerServer.class);
  private static final Duration MAX_PAUSE_AFTER_ERROR = Duration.ofSeconds(30);
  // Jobs start again within about this long of the database's return, however long it was away.
  private static final Duration MAX_FETCH_PAUSE_AFTER_ERROR = Duration.ofSeconds(1);
  private static final int INLINE_BATCH = 100;

  private final ServerSettings settings;
  private final ServerRegistration registration;
  private final JobStore store;
  private final ServerStore servers;
  private final Clock clock;
  private final Waiter fetchWaiter = new Waiter();
  private final Watchdog watchdog = new Watchdog();
  private final HeldAttempts held = new HeldAttempts();
  private final OutcomeRecorder recorder;
  private final ReportWriter reports;
  private final JobRunner runner;
  private final Fetcher fetcher;
  private final WorkerPool pool;
  private final RunUntilShutdown fetchLoop;
  private final RunUntilShutdown heartbeatLoop;
  private final RunUntilShutdown rescueLoop;
  private final RunUntilShutdown retentionLoop;
  private final Notifications notifications;
  private final RunUntilShutdown listenLoop;
  private boolean started;
  private boolean backlog;
  private boolean registered;

  public StokerServer(
      ServerSettings settings,
      JobStore store,
      ServerStore servers,
      HandlerRegistry handlers,
      Activator activator,
      RetryBackoff backoff,
      Clock clock,
      Notifications notifications,
      Observers observers,
      ProgressStore progress) {
    this.settings = settings;
    this.registration = registration(settings, handlers);
    this.store = store;
    this.servers = servers;
    this.clock = clock;
    String id = registration.id();
    this.recorder = new OutcomeRecorder(store, clock, id, held);
    this.reports = new ReportWriter(progress, clock);
    this.runner =
        new JobRunner(handlers, activator, recorder, backoff, clock, id, observers, reports);
    this.pool = new WorkerPool(settings.workers(), runner, watchdog, held, fetchWaiter::wake);
    this.fetcher =
        new Fetcher(
            store,
            servers,
            settings.queues(),
            new ClaimRoutes(handlers.names(), handlers.limitedNames(), settings.queueLimits()),
            id,
            clock,
            settings.pollInterval(),
            held);
    Waiter listenWaiter = new Waiter();
    Heartbeat heartbeat =
        new Heartbeat(
            servers,
            registration,
            held,
            pool,
            () -> {
              fetchWaiter.wake();
              listenWaiter.wake();
              recorder.retryNow();
            });
    Duration beat = settings.heartbeatInterval();
    this.fetchLoop =
        new RunUntilShutdown(
            "job fetcher",
            this::fetchForIdleWorkers,
            fetchWaiter,
            settings.pollInterval(),
            MAX_FETCH_PAUSE_AFTER_ERROR);
    // The heartbeat keeps its pace while the database is away, so that it is back at once.
    this.heartbeatLoop =
        new RunUntilShutdown("heartbeat", heartbeat::beat, new Waiter(), beat, beat);
    DeadServerRescuer rescuer =
        new DeadServerRescuer(
            servers, heartbeat, id, settings.serverTimeout(), clock, fetchWaiter::wake);
    ExpiredJobsRemover remover = new ExpiredJobsRemover(servers, settings.retention(), clock);
    StatisticsRollup rollup = new StatisticsRollup(servers, settings.statisticsRetention(), clock);
    // The rescuer keeps the heartbeat's pace too: a dead server's jobs come back on time.
    this.rescueLoop =
        new RunUntilShutdown("dead server rescuer", rescuer::sweep, new Waiter(), beat, beat);
    this.retentionLoop =
        new RunUntilShutdown(
            "expired job remover",
            // Both steps run: statistics keep rolling up while many jobs expire, and back.
            () -> remover.removeBatch() | rollup.rollUpBatch(),
            new Waiter(),
            beat,
            MAX_PAUSE_AFTER_ERROR);
    this.notifications = notifications;
    this.listenLoop =
        notifications == null
            ? null
            : new RunUntilShutdown(
                "new job listener",
                new NewJobListener(notifications, fetchWaiter::wake)::listen,
                listenWaiter,
                settings.pollInterval(),
                MAX_PAUSE_AFTER_ERROR);
  }

  /** This server's id, as the jobs it runs and their history name it. */
  public String id() {
    return registration.id();
  }

  /** Registers the server, then starts fetching and running jobs, and its upkeep. */
  public synchronized void start() {
    if (started) {
      throw new IllegalStateException("Server " + id() + " is already started");
    }
    servers.register(registration);
    registered = true;
    started = true;
    recorder.start();
    reports.start();
    fetchLoop.start("stoker-fetcher");
    heartbeatLoop.start("stoker-heartbeat");
    rescueLoop.start("stoker-rescuer");
    retentionLoop.start("stoker-retention");
    if (listenLoop != null) {
      listenLoop.start("stoker-listener");
    }
    log.info(
        "Stoker server {} started: {} workers on queues {}",
        id(),
        settings.workers(),
        settings.queues());
  }

  /** Makes the fetcher look for jobs now rather than at its next poll. */
  public void wake() {
    fetchWaiter.wake();
  }

  /**
   * Claims jobs for the pool's free places. While jobs are waiting in the database (the last claim
   * got all it asked for), it waits until half the places are free, so that each claim, one round
   * trip, brings many jobs; otherwise one free place is enough, so that a lone new job starts at
   * once.
   */
  private boolean fetchForIdleWorkers() {
    int free = pool.freePlaces();
    int enough = backlog ? Math.max(1, pool.places() / 2) : 1;
    if (free < enough) {
      return false;
    }
    backlog = fetcher.fetch(free, pool::start) == free;
    return backlog;
  }

  /**
   * Runs every job that is due now on the calling thread, one after the other, including jobs that
   * those jobs enqueue; returns how many ran. For servers that were not started.
   */
  public synchronized int runDueJobs() {
    registerToRunHere("runDueJobs()");
    int ran = 0;
    while (true) {
      fetcher.enqueueDueJobs(true);
      List<ClaimedJob> claimed = new ArrayList<>();
      fetcher.fetch(INLINE_BATCH, claimed::add);
      if (claimed.isEmpty()) {
        return ran;
      }
      for (ClaimedJob job : claimed) {
        runHere(job);
        ran++;
      }
    }
  }

  /**
   * Registers a server that was not started, like any server that claims jobs, so that no other
   * takes its jobs for orphans; refuses, naming the caller, on a started one.
   */
  synchronized void registerToRunHere(String caller) {
    if (started) {
      throw new IllegalStateException(
          caller
              + " is for a Stoker without server threads (Stoker.inMemory()); this one runs jobs in"
              + " the background already");
    }
    if (!registered || !servers.beat(id())) {
      servers.register(registration);
      registered = true;
    }
  }

  /** Runs a claimed job on the calling thread and records how it ended. */
  void runHere(ClaimedJob job) {
    RunningJob attempt = runner.attemptOf(job);
    watchdog.watch(attempt, null); // asks it to stop in time; none can be given up here
    runner.run(attempt);
  }

  /**
   * Stops fetching, lets running jobs finish within the grace period, asks the others to stop, and
   * hands back to their queues at once the jobs that did not end; then unregisters.
   */
  @Override
  public synchronized void close() {
    if (started) {
      fetchLoop.stop();
      if (listenLoop != null) {
        listenLoop.stop();
        notifications.close();
      }
      rescueLoop.stop();
      retentionLoop.stop();
      // Claimed jobs no worker started yet go back at once.
      handBack(pool.closeWaitingRoom(), "shut down before the job started");
      // The heartbeat goes on meanwhile: a long grace must not get this server taken for dead.
      List<ClaimedJob> unfinished =
          pool.shutDown(settings.shutdownGrace(), Cancellation.TIME_TO_STOP);
      recorder.stop();
      reports.stop();
      handBack(unfinished, "shut down before the job ended");
      heartbeatLoop.stop();
      log.info("Stoker server {} stopped; {} unfinished jobs handed back", id(), unfinished.size());
      started = false;
    }
    watchdog.close();
    if (registered) {
      unregister();
    }
  }

  private void handBack(List<ClaimedJob> unfinished, String what) {
    Outcome handedBack = new Outcome.HandedBack("Server " + id() + " " + what);
    for (ClaimedJob job : unfinished) {
      try {
        store.complete(job, handedBack, id(), clock.instant());
      } catch (RuntimeException e) {
        log.error(
            "Cannot hand back job {} {}: another server will, once this one's heartbeat is old",
            job.name(),
            job.id(),
            e);
      }
    }
  }

  private void unregister() {
    try {
      servers.unregister(id());
      registered = false;
    } catch (RuntimeException e) {
      log.warn("Cannot unregister server {}: the others will remove it after its timeout", id(), e);
    }
  }

  private static ServerRegistration registration(
      ServerSettings settings, HandlerRegistry handlers) {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    long pid = ProcessHandle.current().pid();
    String id = host + ":" + pid + ":" + UUID.randomUUID().toString().substring(0, 8);
    return new ServerRegistration(
        id, host, pid, settings.queues(), settings.workers(), handlers.names());
  }
}
