package dev.stoker.monitoring;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.recurring.RecurringJobRow;
import dev.stoker.recurring.RecurringStore;
import dev.stoker.storage.JobStore;
import dev.stoker.storage.MonitoringStore;
import dev.stoker.storage.ProgressStore;
import dev.stoker.storage.ServerStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Reads what the jobs and servers are doing: one job with its history and why it is not running,
 * lists of jobs by state, name and queue, the counts per state and queue, the queues, batches, the
 * recurring jobs with their last and next fires, the running servers, the waiting jobs that no
 * running server can run, and the stored jobs whose arguments no longer fit the code.
 */
public final class Monitoring {

  /** How many next fire times a recurring job shows. */
  private static final int NEXT_FIRE_TIMES = 5;

  /** How far {@link #stateCounts()} counts exactly. */
  public static final long COUNT_BOUND = 10_000;

  /** The most spans {@link #ended} answers at once. */
  private static final int MAX_SPANS = 10_000;

  /** How often the shared {@link #stateCounts()} are taken again, at most. */
  public static final Duration COUNTS_REFRESH = Duration.ofSeconds(2);

  private final JobStore store;
  private final RecurringStore recurringStore;
  private final ServerStore servers;
  private final Clock clock;
  private final Supplier<List<IncompatibleJobs>> incompatibleJobs;
  private final MonitoringStore monitoringStore;
  private final Refreshed<StateCounts> counts;
  private final ProgressStore progress;

  public Monitoring(
      JobStore store,
      MonitoringStore monitoringStore,
      RecurringStore recurringStore,
      ServerStore servers,
      Clock clock,
      Supplier<List<IncompatibleJobs>> incompatibleJobs,
      ProgressStore progress) {
    this.store = store;
    this.progress = progress;
    this.recurringStore = recurringStore;
    this.servers = servers;
    this.clock = clock;
    this.incompatibleJobs = incompatibleJobs;
    this.monitoringStore = monitoringStore;
    this.counts =
        new Refreshed<>(
            COUNTS_REFRESH, () -> monitoringStore.stateCounts(COUNT_BOUND, clock.instant()));
  }

  /** The job with its whole history, if it exists. */
  public Optional<JobDetails> job(JobId id) {
    return store.find(id);
  }

  /**
   * What the job last reported of itself through {@code JobContext.progress} and {@code log}, as
   * written while it runs (a little behind it) and after; empty if it reported nothing.
   */
  public Optional<JobProgress> progress(JobId id) {
    return progress.find(id);
  }

  /** The batch with its progress, if it exists. */
  public Optional<BatchDetails> batch(BatchId id) {
    return store.findBatch(id);
  }

  /**
   * How many jobs are in each state, exact up to {@link #COUNT_BOUND} and "10,000+" past it: each
   * count stops once it has found that many jobs. One Stoker takes them at most every {@link
   * #COUNTS_REFRESH} for all its readers, so they may be that old; what a dashboard shows.
   */
  public StateCounts stateCounts() {
    return counts.get();
  }

  /**
   * How many jobs the filter selects (its page ignored), counted up to {@code bound}: exact when
   * below it.
   */
  public long count(JobFilter filter, long bound) {
    checkBound(bound);
    return monitoringStore.count(filter, bound);
  }

  /**
   * {@link #count(JobFilter, long)} within a time limit: empty if the database took longer and
   * stopped counting, so that a count over millions of rows costs at most that long. A dashboard
   * counts a list's matches this way when a person asks.
   */
  public OptionalLong count(JobFilter filter, long bound, Duration limit) {
    checkBound(bound);
    return monitoringStore.count(filter, bound, limit);
  }

  private static void checkBound(long bound) {
    if (bound < 1) {
      throw new IllegalArgumentException("A count's bound is at least 1, not " + bound);
    }
  }

  /**
   * How many jobs succeeded, failed for good and were retried in each span of {@code step} from
   * {@code from} until before {@code to}: from the counters the servers write with the outcomes,
   * which outlive the jobs. Per minute for the last day; older spans are per hour, so ask them in
   * steps of hours or days. {@code from} and {@code to} are rounded down to the step.
   */
  public List<EndedJobs> ended(Instant from, Instant to, Duration step) {
    return ended(from, to, step, null, null);
  }

  /** {@link #ended(Instant, Instant, Duration)} of one job name and queue (either may be null). */
  public List<EndedJobs> ended(Instant from, Instant to, Duration step, String name, String queue) {
    if (step.toSeconds() < 60 || step.toSeconds() % 60 != 0) {
      throw new IllegalArgumentException(
          "Ended jobs are counted per minute: the step is a whole number of minutes, not " + step);
    }
    Instant start = roundDown(from, step);
    Instant end = roundDown(to, step);
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          "The span to count from " + from + " to " + to + " holds no whole step of " + step);
    }
    if (Duration.between(start, end).dividedBy(step) > MAX_SPANS) {
      throw new IllegalArgumentException(
          "At most " + MAX_SPANS + " steps at once: take a larger step than " + step);
    }
    return monitoringStore.ended(start, end, step, name, queue);
  }

  private static Instant roundDown(Instant time, Duration step) {
    long seconds = step.toSeconds();
    return Instant.ofEpochSecond(Math.floorDiv(time.getEpochSecond(), seconds) * seconds);
  }

  /**
   * How many jobs are in each state, in all and per queue: exact, which reads every job. For tests
   * and small stores; a dashboard over millions of jobs reads {@link #stateCounts()}.
   */
  public JobCounts counts() {
    return store.counts();
  }

  /** Every recurring job, by id. */
  public List<RecurringJobInfo> recurringJobs() {
    return recurringStore.all().stream().map(this::info).toList();
  }

  /** The recurring job with the id, if there is one. */
  public Optional<RecurringJobInfo> recurringJob(String id) {
    return recurringStore.find(id).map(this::info);
  }

  private RecurringJobInfo info(RecurringJobRow row) {
    List<Instant> next = new ArrayList<>();
    if (row.nextFireAt() != null) {
      next.add(row.nextFireAt());
      // After an overdue fire, the fires to come are those after now.
      Instant after =
          row.nextFireAt().isAfter(clock.instant()) ? row.nextFireAt() : clock.instant();
      next.addAll(row.schedule().next(NEXT_FIRE_TIMES - 1, after));
    }
    JobState lastState =
        row.lastJobId() == null ? null : recurringStore.stateOf(row.lastJobId()).orElse(null);
    return new RecurringJobInfo(
        row.id(),
        row.jobName(),
        row.source(),
        row.cron(),
        row.zone(),
        row.except(),
        row.misfire(),
        row.maxLag(),
        row.arguments(),
        row.lastFireAt(),
        row.lastJobId(),
        lastState,
        List.copyOf(next),
        row.createdAt(),
        row.updatedAt(),
        recurringStore.skips(row.id()));
  }

  /** The servers registered now, oldest first, each with its last heartbeat. */
  public List<ServerInfo> servers() {
    return servers.servers();
  }

  /**
   * The enqueued jobs that no running server can run, by name and queue, each with the reason: no
   * server has a handler for them (a deploy still rolling out, or a job removed from the code), or
   * none serves their queue.
   */
  public List<UnhandledJobs> unhandledJobs() {
    return servers.unhandledJobs();
  }

  /**
   * The stored jobs that have not ended (the oldest 100,000) and the recurring jobs whose arguments
   * no longer fit this process's code, by job name and reason: each would fail when it runs. Each
   * job is read by its handler here, as a starting server does before it runs any.
   */
  public List<IncompatibleJobs> incompatibleJobs() {
    return incompatibleJobs.get();
  }

  /**
   * One page of the jobs the filter selects, newest first. Ask for the next page with {@code
   * filter.olderThan(page.older())}, the one before with {@code filter.newerThan(page.newer())}.
   */
  public JobPage jobs(JobFilter filter) {
    return store.jobs(filter);
  }

  /** Up to {@code limit} batches, newest first; the next ones with the last one's id. */
  public List<BatchDetails> batches(BatchId olderThan, int limit) {
    return store.batches(olderThan, limit);
  }

  /** What the job waits for, if it is a continuation or a batch's job that waits for a parent. */
  public List<JobParent> parents(JobId id) {
    return store.parents(id);
  }

  /** The continuations that wait for the job. */
  public List<JobId> continuations(JobId id) {
    return store.continuations(id);
  }

  /**
   * Why the job is not running now: every reason that holds, such as its queue paused and no server
   * serving it, or "waits for a free worker" when nothing stands in its way. Empty while it runs,
   * once it succeeded, and for a job that does not exist.
   */
  public List<NotRunningReason> whyNotRunning(JobId id) {
    return store.find(id).map(this::whyNotRunning).orElse(List.of());
  }

  /**
   * {@link #whyNotRunning(JobId)} of a job already read with {@link #job}: a page that shows the
   * job reads it once. Only a job that waits (scheduled, awaiting or enqueued) costs the reads of
   * the queues' pauses, the servers and its parents.
   */
  public List<NotRunningReason> whyNotRunning(JobDetails job) {
    Instant now = clock.instant();
    NotRunningReasons reasons =
        switch (job.state()) {
          case SCHEDULED, AWAITING, ENQUEUED ->
              new NotRunningReasons(store.pausedQueues(), servers.servers(), store::findBatch);
          case PROCESSING, SUCCEEDED, FAILED, DELETED ->
              new NotRunningReasons(List.of(), List.of(), store::findBatch);
        };
    List<JobParent> parents =
        job.state() == JobState.AWAITING ? store.parents(job.id()) : List.of();
    List<NotRunningReason> limits =
        job.state() == JobState.ENQUEUED ? store.limitsReached(job.id(), now) : List.of();
    return reasons.of(job, parents, limits, now);
  }

  /**
   * Every queue that has jobs waiting or running, is served by a running server, or is paused, by
   * name: how many jobs wait and run, since when the oldest waits, who serves it, and its pause.
   */
  public List<QueueInfo> queues() {
    return store.queues(servers.servers());
  }

  /** The paused queues, by name. */
  public List<QueuePause> pausedQueues() {
    return store.pausedQueues();
  }

  /**
   * How many jobs succeeded, and failed with no retries left, from {@code from} until before {@code
   * to}, by the time they did.
   */
  public Throughput throughput(Instant from, Instant to) {
    return store.endedBetween(from, to);
  }

  /** How many jobs each running server runs now, by server id: its busy workers. */
  public Map<String, Long> busyWorkers() {
    return store.runningPerServer();
  }
}
