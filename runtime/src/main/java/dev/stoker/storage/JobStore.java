package dev.stoker.storage;

import dev.stoker.BatchId;
import dev.stoker.Enqueued;
import dev.stoker.JobId;
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
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Everything Stoker reads and writes about jobs. Each write records its state changes in the jobs'
 * history in the same transaction.
 */
public interface JobStore {

  /**
   * Runs the work in one transaction, with a store bound to it. A store already bound to a caller's
   * transaction runs it in that transaction.
   */
  <T> T inTransaction(Function<JobStore, T> work);

  /**
   * A store that writes within the caller's transaction, open on the jOOQ context: it never commits
   * or rolls back itself.
   */
  JobStore inCallersTransaction(DSLContext transaction);

  /**
   * Stores new jobs, with their first history entries; continuations whose parents are done already
   * are released at once. {@code notifyServers} wakes the servers that listen for new jobs, when
   * the transaction commits.
   */
  void insert(List<NewJob> jobs, Instant now, boolean notifyServers);

  /**
   * Stores a unique job, unless the job holding its key is still waiting or running, or its {@code
   * uniqueUntil} (null: none) has not passed: then stores nothing and returns that job's id. Many
   * callers at once, on any server, store one job between them.
   */
  Enqueued insertUnique(
      NewJob job, String uniqueKey, Instant uniqueUntil, Instant now, boolean notifyServers);

  /** Those of the job's limits that hold it back now: its concurrency key full, its rate spent. */
  List<NotRunningReason> limitsReached(JobId id, Instant now);

  /** Stores a batch and its jobs. */
  void insertBatch(BatchId batch, List<NewJob> jobs, Instant now, boolean notifyServers);

  /** Deletes a batch and its jobs that have not ended. */
  void deleteBatch(BatchId batch, Instant now);

  /** Moves SCHEDULED jobs whose time has come to ENQUEUED; returns how many. */
  int enqueueDueJobs(Instant now, int limit);

  /**
   * Claims up to {@code limit} ENQUEUED jobs of the queue, highest priority and oldest first, among
   * the jobs named (those the server has handlers for), skipping jobs another server is claiming;
   * marks them PROCESSING on the server.
   */
  List<ClaimedJob> claim(
      String serverId, String queue, Collection<String> jobNames, int limit, Instant now);

  /**
   * Claims, like {@link #claim}, jobs that have limits: only as many as their concurrency keys,
   * rate keys and the queue's limit ({@code queueLimit} running jobs across all servers; 0 for
   * none) allow, counted by the database so that the limits hold across servers.
   */
  List<ClaimedJob> claimLimited(
      String serverId,
      String queue,
      Collection<String> jobNames,
      int limit,
      int queueLimit,
      Instant now);

  /**
   * Records how an attempt ended, if it is still the job's current attempt. Returns false, changing
   * nothing, when it is not (the job was deleted, or handed to another attempt meanwhile).
   */
  boolean complete(ClaimedJob job, Outcome outcome, String serverId, Instant now);

  /**
   * Records how several attempts ended, in one transaction, each under its own fence; returns the
   * completions not recorded because their attempt was no longer current.
   */
  List<Completion> completeAll(List<Completion> completions, String serverId, Instant now);

  /** Puts a FAILED or DELETED job back on its queue with its failures forgotten. */
  void requeue(JobId id, Instant now);

  /** Deletes a job that has not ended (or FAILED). */
  void delete(JobId id, Instant now);

  /** The job with its history, if it exists. */
  Optional<JobDetails> find(JobId id);

  /** Jobs per state and queue. */
  JobCounts counts();

  /** The batch with its progress, if it exists. */
  Optional<BatchDetails> findBatch(BatchId batch);

  /** Puts a FAILED or DELETED job back on its queue, with the reason in its history. */
  void requeue(JobId id, Instant now, String reason);

  /** Deletes a job that has not ended (or FAILED), with the reason in its history. */
  void delete(JobId id, Instant now, String reason);

  /** One page of the jobs the filter selects, newest first, found by key. */
  JobPage jobs(JobFilter filter);

  /** Up to {@code limit} batches, newest first, created before {@code olderThan} if given. */
  List<BatchDetails> batches(BatchId olderThan, int limit);

  /** What the job waits for, if it is a continuation, with where each parent stands. */
  List<JobParent> parents(JobId id);

  /** The continuations that wait for the job, oldest first. */
  List<JobId> continuations(JobId id);

  /** How many jobs succeeded, and failed for good, from {@code from} until before {@code to}. */
  Throughput endedBetween(Instant from, Instant to);

  /** How many jobs each server runs now, by server id. */
  Map<String, Long> runningPerServer();

  /** Every queue that has jobs waiting or running, is served by a server, or is paused. */
  List<QueueInfo> queues(List<ServerInfo> servers);

  /** Pauses the queue: no server claims its jobs until it is resumed. Pausing again keeps it. */
  void pauseQueue(String queue, String pausedBy, Instant now);

  /** Resumes a paused queue; false if it was not paused. */
  boolean resumeQueue(String queue);

  /** The paused queues, by name. */
  List<QueuePause> pausedQueues();
}
