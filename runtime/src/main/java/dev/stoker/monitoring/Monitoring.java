package dev.stoker.monitoring;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.recurring.RecurringJobRow;
import dev.stoker.recurring.RecurringStore;
import dev.stoker.storage.JobStore;
import dev.stoker.storage.ServerStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads what the jobs and servers are doing: one job with its history, the counts per state and
 * queue, batches, the recurring jobs with their last and next fires, the running servers, the
 * waiting jobs that no running server can run, and the stored jobs whose arguments no longer fit
 * the code.
 */
public final class Monitoring {

  /** How many next fire times a recurring job shows. */
  private static final int NEXT_FIRE_TIMES = 5;

  private final JobStore store;
  private final RecurringStore recurringStore;
  private final ServerStore servers;
  private final Clock clock;
  private final Supplier<List<IncompatibleJobs>> incompatibleJobs;

  public Monitoring(
      JobStore store,
      RecurringStore recurringStore,
      ServerStore servers,
      Clock clock,
      Supplier<List<IncompatibleJobs>> incompatibleJobs) {
    this.store = store;
    this.recurringStore = recurringStore;
    this.servers = servers;
    this.clock = clock;
    this.incompatibleJobs = incompatibleJobs;
  }

  /** The job with its whole history, if it exists. */
  public Optional<JobDetails> job(JobId id) {
    return store.find(id);
  }

  /** The batch with its progress, if it exists. */
  public Optional<BatchDetails> batch(BatchId id) {
    return store.findBatch(id);
  }

  /** How many jobs are in each state, in all and per queue. */
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
        row.updatedAt());
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
}
