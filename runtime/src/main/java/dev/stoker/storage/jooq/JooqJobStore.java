package dev.stoker.storage.jooq;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.monitoring.BatchDetails;
import dev.stoker.monitoring.JobCounts;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.monitoring.JobFilter;
import dev.stoker.monitoring.JobPage;
import dev.stoker.monitoring.JobParent;
import dev.stoker.monitoring.QueueInfo;
import dev.stoker.monitoring.QueuePause;
import dev.stoker.monitoring.ServerInfo;
import dev.stoker.monitoring.Throughput;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.Completion;
import dev.stoker.storage.JobStore;
import dev.stoker.storage.NewJob;
import dev.stoker.storage.Outcome;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * The jobs, their history and their counts in PostgreSQL or H2, through jOOQ. Decides the
 * transactions; the statements themselves live in one class per concern.
 */
public final class JooqJobStore implements JobStore {

  private final DSLContext dsl;
  private final boolean ownsTransactions;

  private JooqJobStore(DSLContext dsl, boolean ownsTransactions) {
    this.dsl = dsl;
    this.ownsTransactions = ownsTransactions;
  }

  /** A store that opens its own transactions on the context's connections. */
  public static JobStore owningTransactions(DSLContext dsl) {
    return new JooqJobStore(dsl, true);
  }

  /**
   * A store that writes within the caller's transaction, already open on the context: it never
   * commits or rolls back itself.
   */
  public static JobStore inCallersTransaction(DSLContext transaction) {
    return new JooqJobStore(transaction, false);
  }

  @Override
  public <T> T inTransaction(Function<JobStore, T> work) {
    return write(tx -> work.apply(new JooqJobStore(tx, false)));
  }

  /** Runs the statements in one transaction: a new one, or the caller's. */
  private <T> T write(Function<DSLContext, T> statements) {
    if (!ownsTransactions) {
      return statements.apply(dsl);
    }
    return dsl.transactionResult(tx -> statements.apply(tx.dsl()));
  }

  @Override
  public void insert(List<NewJob> jobs, Instant now, boolean notifyServers) {
    if (jobs.isEmpty()) {
      return;
    }
    if (isPostgres() && jobs.size() == 1 && jobs.getFirst().parents().isEmpty()) {
      PostgresHotPath.insert(dsl, jobs.getFirst(), notifyServers);
      return;
    }
    if (ownsTransactions && Inserts.isOneStatement(jobs, dsl.dialect())) {
      new Inserts(dsl).insert(jobs, now, notifyServers);
      return;
    }
    write(
        tx -> {
          new Inserts(tx).insert(jobs, now, notifyServers);
          return null;
        });
  }

  @Override
  public void insertBatch(BatchId batch, List<NewJob> jobs, Instant now, boolean notifyServers) {
    write(
        tx -> {
          new Batches(tx).insert(batch, jobs.size(), now);
          if (!jobs.isEmpty()) {
            new Inserts(tx).insert(jobs, now, notifyServers);
          }
          return null;
        });
  }

  @Override
  public void deleteBatch(BatchId batch, Instant now) {
    write(
        tx -> {
          new BatchDeletion(tx).delete(batch, now);
          return null;
        });
  }

  @Override
  public int enqueueDueJobs(Instant now, int limit) {
    return write(tx -> new DueJobs(tx).enqueue(now, limit));
  }

  @Override
  public List<ClaimedJob> claim(
      String serverId, String queue, Collection<String> jobNames, int limit, Instant now) {
    if (isPostgres() && !jobNames.isEmpty()) {
      return PostgresHotPath.claim(
          dsl, serverId, queue, jobNames.toArray(String[]::new), limit, now);
    }
    return write(tx -> new Claims(tx).claim(serverId, queue, jobNames, limit, now));
  }

  @Override
  public boolean complete(ClaimedJob job, Outcome outcome, String serverId, Instant now) {
    return write(tx -> new Outcomes(tx).record(job, outcome, serverId, now));
  }

  @Override
  public List<Completion> completeAll(List<Completion> completions, String serverId, Instant now) {
    if (completions.isEmpty()) {
      return List.of();
    }
    return write(tx -> new Outcomes(tx).recordAll(completions, serverId, now));
  }

  private boolean isPostgres() {
    return dsl.dialect().family() == SQLDialect.POSTGRES;
  }

  @Override
  public void requeue(JobId id, Instant now) {
    manualChange(id, JobState.ENQUEUED, "Requeued", now);
  }

  @Override
  public void delete(JobId id, Instant now) {
    manualChange(id, JobState.DELETED, "Deleted", now);
  }

  private void manualChange(JobId id, JobState target, String reason, Instant now) {
    write(
        tx -> {
          new ManualChanges(tx).change(id, target, reason, now);
          return null;
        });
  }

  @Override
  public Optional<JobDetails> find(JobId id) {
    return new JobReads(dsl).find(id);
  }

  @Override
  public JobCounts counts() {
    return new JobReads(dsl).counts();
  }

  @Override
  public Optional<BatchDetails> findBatch(BatchId batch) {
    return new Batches(dsl).find(batch);
  }

  @Override
  public void requeue(JobId id, Instant now, String reason) {
    manualChange(id, JobState.ENQUEUED, reason, now);
  }

  @Override
  public void delete(JobId id, Instant now, String reason) {
    manualChange(id, JobState.DELETED, reason, now);
  }

  @Override
  public JobPage jobs(JobFilter filter) {
    return new JobLists(dsl).jobs(filter);
  }

  @Override
  public List<BatchDetails> batches(BatchId olderThan, int limit) {
    return new JobLists(dsl).batches(olderThan, limit);
  }

  @Override
  public List<JobParent> parents(JobId id) {
    return new JobLinks(dsl).parents(id);
  }

  @Override
  public List<JobId> continuations(JobId id) {
    return new JobLinks(dsl).continuations(id);
  }

  @Override
  public Throughput endedBetween(Instant from, Instant to) {
    return new Activity(dsl).endedBetween(from, to);
  }

  @Override
  public Map<String, Long> runningPerServer() {
    return new Activity(dsl).runningPerServer();
  }

  @Override
  public List<QueueInfo> queues(List<ServerInfo> servers) {
    return new QueueRows(dsl).queues(servers);
  }

  @Override
  public void pauseQueue(String queue, String pausedBy, Instant now) {
    write(
        tx -> {
          new QueueRows(tx).pause(queue, pausedBy, now);
          return null;
        });
  }

  @Override
  public boolean resumeQueue(String queue) {
    return write(tx -> new QueueRows(tx).resume(queue));
  }

  @Override
  public List<QueuePause> pausedQueues() {
    return new QueueRows(dsl).paused();
  }
}
