package dev.stoker.storage.jooq;

import dev.stoker.BatchId;
import dev.stoker.Enqueued;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.monitoring.BatchDetails;
import dev.stoker.monitoring.JobCounts;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.monitoring.JobFilter;
import dev.stoker.monitoring.JobPage;
import dev.stoker.monitoring.JobParent;
import dev.stoker.monitoring.NotRunningReason;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The jobs, their history and their counts in PostgreSQL or H2, through jOOQ. Decides the
 * transactions; the statements live in one class per concern, and those that differ between the
 * databases in the {@link Statements} chosen when the store is built.
 */
public final class JooqJobStore implements JobStore {

  private final DSLContext dsl;
  private final Statements statements;
  private final boolean ownsTransactions;

  private JooqJobStore(DSLContext dsl, Statements statements, boolean ownsTransactions) {
    this.dsl = dsl;
    this.statements = statements;
    this.ownsTransactions = ownsTransactions;
  }

  /** A store that opens its own transactions on the context's connections. */
  public static JobStore owningTransactions(DSLContext dsl) {
    return owningTransactions(dsl, Statements.of(dsl.dialect()));
  }

  /** A store with the statements given, rather than its database's own. */
  static JobStore owningTransactions(DSLContext dsl, Statements statements) {
    return new JooqJobStore(dsl, statements, true);
  }

  @Override
  public JobStore inCallersTransaction(DSLContext transaction) {
    // The caller's connection, in the dialect this store's statements are written in.
    return new JooqJobStore(
        transaction.configuration().derive(statements.dialect()).dsl(), statements, false);
  }

  @Override
  public <T> T inTransaction(Function<JobStore, T> work) {
    return write(tx -> work.apply(new JooqJobStore(tx, statements, false)));
  }

  /** Runs the statements in one transaction: a new one, or the caller's. */
  private <T> T write(Function<DSLContext, T> work) {
    if (!ownsTransactions) {
      return work.apply(dsl);
    }
    return dsl.transactionResult(tx -> work.apply(tx.dsl()));
  }

  @Override
  public void insert(List<NewJob> jobs, Instant now, boolean notifyServers) {
    if (jobs.isEmpty()) {
      return;
    }
    Function<DSLContext, Void> insert =
        tx -> {
          new Inserts(tx, statements).insert(jobs, now, notifyServers);
          return null;
        };
    // One statement needs no transaction of its own: it commits alone, or in the caller's.
    if (statements.insertsInOneStatement(jobs)) {
      insert.apply(dsl);
    } else {
      write(insert);
    }
  }

  @Override
  public Enqueued insertUnique(
      NewJob job, String uniqueKey, Instant uniqueUntil, Instant now, boolean notifyServers) {
    return write(
        tx ->
            new UniqueJobs(tx, statements).insert(job, uniqueKey, uniqueUntil, now, notifyServers));
  }

  @Override
  public List<NotRunningReason> limitsReached(JobId id, Instant now) {
    return new LimitReads(dsl).reached(id, now);
  }

  @Override
  public void insertBatch(BatchId batch, List<NewJob> jobs, Instant now, boolean notifyServers) {
    write(
        tx -> {
          new Batches(tx, statements).insert(batch, jobs.size(), now);
          if (!jobs.isEmpty()) {
            new Inserts(tx, statements).insert(jobs, now, notifyServers);
          }
          return null;
        });
  }

  @Override
  public void deleteBatch(BatchId batch, Instant now) {
    write(
        tx -> {
          new BatchDeletion(tx, statements).delete(batch, now);
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
    Function<DSLContext, List<ClaimedJob>> claim =
        tx -> statements.claim(tx, serverId, queue, jobNames, limit, now);
    return statements.claimsInOneStatement() ? claim.apply(dsl) : write(claim);
  }

  @Override
  public List<ClaimedJob> claimLimited(
      String serverId,
      String queue,
      Collection<String> jobNames,
      int limit,
      int queueLimit,
      Instant now) {
    if (jobNames.isEmpty()) {
      return List.of();
    }
    return write(
        tx -> new LimitedClaims(tx).claim(serverId, queue, jobNames, limit, queueLimit, now));
  }

  @Override
  public boolean complete(ClaimedJob job, Outcome outcome, String serverId, Instant now) {
    return write(
        tx -> {
          boolean recorded = new Outcomes(tx, statements).record(job, outcome, serverId, now);
          if (recorded) {
            new JobStatistics(tx).count(List.of(new Completion(job, outcome)), now);
          }
          return recorded;
        });
  }

  @Override
  public List<Completion> completeAll(List<Completion> completions, String serverId, Instant now) {
    if (completions.isEmpty()) {
      return List.of();
    }
    return write(
        tx -> {
          List<Completion> notRecorded =
              new Outcomes(tx, statements).recordAll(completions, serverId, now);
          // The counters of the group, in its transaction: one statement, however many jobs.
          Set<Completion> missed = new HashSet<>(notRecorded);
          List<Completion> recorded =
              completions.stream().filter(c -> !missed.contains(c)).toList();
          new JobStatistics(tx).count(recorded, now);
          return notRecorded;
        });
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
          new ManualChanges(tx, statements).change(id, target, reason, now);
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
    return new Batches(dsl, statements).find(batch);
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
