package dev.stoker.server;

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
import dev.stoker.monitoring.UnhandledJobs;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.Completion;
import dev.stoker.storage.JobStore;
import dev.stoker.storage.NewJob;
import dev.stoker.storage.Outcome;
import dev.stoker.storage.Rescue;
import dev.stoker.storage.ServerRegistration;
import dev.stoker.storage.ServerStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Jobs in memory, with the claim, fence and hand-back rules of the database, and faults a test can
 * ask for: writes that fail, and a claim whose answer is lost after it took the jobs. Only what the
 * server's classes use is here.
 */
final class InMemoryStore implements JobStore, ServerStore {

  /** A job as the store keeps it. */
  static final class Row {
    final NewJob job;
    JobState state;
    int attempt;
    int failures;
    String serverId;
    Instant runAt;

    Row(NewJob job) {
      this.job = job;
      this.state = job.state();
      this.runAt = job.runAt();
    }
  }

  private final Map<JobId, Row> rows = new LinkedHashMap<>();
  private int writesToFail;
  private boolean loseNextClaimAnswer;
  private int completeAllCalls;

  synchronized Row row(JobId id) {
    return rows.get(id);
  }

  /** Makes the next writes fail, as when the database is out of reach. */
  synchronized void failNextWrites(int count) {
    writesToFail = count;
  }

  /** The next claim takes its jobs, then fails as if the connection broke before the answer. */
  synchronized void loseNextClaimAnswer() {
    loseNextClaimAnswer = true;
  }

  synchronized int completeAllCalls() {
    return completeAllCalls;
  }

  private void failIfAsked() {
    if (writesToFail > 0) {
      writesToFail--;
      throw new IllegalStateException("The database is out of reach (a test's fault)");
    }
  }

  @Override
  public synchronized void insert(List<NewJob> jobs, Instant now, boolean notifyServers) {
    jobs.forEach(job -> rows.put(job.id(), new Row(job)));
  }

  @Override
  public synchronized int enqueueDueJobs(Instant now, int limit) {
    int moved = 0;
    for (Row row : rows.values()) {
      if (moved < limit && row.state == JobState.SCHEDULED && !row.runAt.isAfter(now)) {
        row.state = JobState.ENQUEUED;
        moved++;
      }
    }
    return moved;
  }

  @Override
  public synchronized List<ClaimedJob> claim(
      String serverId, String queue, Collection<String> jobNames, int limit, Instant now) {
    failIfAsked();
    List<ClaimedJob> claimed =
        rows.values().stream()
            .filter(row -> row.state == JobState.ENQUEUED)
            .filter(row -> row.job.queue().equals(queue) && jobNames.contains(row.job.name()))
            .sorted(Comparator.comparingInt((Row row) -> -row.job.priority()))
            .limit(limit)
            .map(
                row -> {
                  row.state = JobState.PROCESSING;
                  row.attempt++;
                  row.serverId = serverId;
                  return new ClaimedJob(
                      row.job.id(),
                      row.job.name(),
                      row.job.queue(),
                      row.job.arguments(),
                      row.attempt,
                      row.failures,
                      row.job.maxRetries());
                })
            .toList();
    if (loseNextClaimAnswer) {
      loseNextClaimAnswer = false;
      throw new IllegalStateException("The connection broke before the claim's answer came");
    }
    return claimed;
  }

  @Override
  public synchronized boolean complete(
      ClaimedJob job, Outcome outcome, String serverId, Instant now) {
    failIfAsked();
    Row row = rows.get(job.id());
    if (row == null || row.state != JobState.PROCESSING || row.attempt != job.attempt()) {
      return false;
    }
    row.state = outcome.state();
    row.serverId = null;
    if (outcome instanceof Outcome.Retrying || outcome instanceof Outcome.Failed) {
      row.failures++;
    }
    return true;
  }

  @Override
  public synchronized List<Completion> completeAll(
      List<Completion> completions, String serverId, Instant now) {
    completeAllCalls++;
    failIfAsked();
    List<Completion> notRecorded = new ArrayList<>();
    for (Completion completion : completions) {
      if (!complete(completion.job(), completion.outcome(), serverId, now)) {
        notRecorded.add(completion);
      }
    }
    return notRecorded;
  }

  @Override
  public synchronized int handBackUnknownClaims(String serverId, Set<JobId> held, Instant now) {
    failIfAsked();
    int handedBack = 0;
    for (Row row : rows.values()) {
      if (row.state == JobState.PROCESSING
          && serverId.equals(row.serverId)
          && !held.contains(row.job.id())) {
        row.state = JobState.ENQUEUED;
        row.serverId = null;
        handedBack++;
      }
    }
    return handedBack;
  }

  @Override
  public synchronized Set<ClaimedJob> attemptsNoLongerHeld(
      String serverId, Collection<ClaimedJob> running) {
    Set<ClaimedJob> lost = new java.util.HashSet<>();
    for (ClaimedJob job : running) {
      Row row = rows.get(job.id());
      if (row == null
          || row.state != JobState.PROCESSING
          || row.attempt != job.attempt()
          || !serverId.equals(row.serverId)) {
        lost.add(job);
      }
    }
    return lost;
  }

  @Override
  public <T> T inTransaction(Function<JobStore, T> work) {
    return work.apply(this);
  }

  @Override
  public JobStore inCallersTransaction(DSLContext transaction) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<ClaimedJob> claimLimited(
      String serverId,
      String queue,
      Collection<String> jobNames,
      int limit,
      int queueLimit,
      Instant now) {
    throw new UnsupportedOperationException("Limits are counted by the database");
  }

  @Override
  public Enqueued insertUnique(
      NewJob job, String uniqueKey, Instant uniqueUntil, Instant now, boolean notifyServers) {
    throw new UnsupportedOperationException("Unique jobs are kept by the database");
  }

  @Override
  public List<NotRunningReason> limitsReached(JobId id, Instant now) {
    return List.of();
  }

  @Override
  public void insertBatch(BatchId batch, List<NewJob> jobs, Instant now, boolean notifyServers) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void deleteBatch(BatchId batch, Instant now) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void requeue(JobId id, Instant now) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void delete(JobId id, Instant now) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Optional<JobDetails> find(JobId id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public JobCounts counts() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Optional<BatchDetails> findBatch(BatchId batch) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void requeue(JobId id, Instant now, String reason) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void delete(JobId id, Instant now, String reason) {
    throw new UnsupportedOperationException();
  }

  @Override
  public JobPage jobs(JobFilter filter) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<BatchDetails> batches(BatchId olderThan, int limit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<JobParent> parents(JobId id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<JobId> continuations(JobId id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Throughput endedBetween(Instant from, Instant to) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Map<String, Long> runningPerServer() {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<QueueInfo> queues(List<ServerInfo> servers) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void pauseQueue(String queue, String pausedBy, Instant now) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean resumeQueue(String queue) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<QueuePause> pausedQueues() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void register(ServerRegistration server) {}

  @Override
  public boolean beat(String serverId) {
    return true;
  }

  @Override
  public void unregister(String serverId) {}

  @Override
  public List<Rescue> rescueJobsOfDeadServers(String rescuerId, Duration timeout, Instant now) {
    return List.of();
  }

  @Override
  public int rollUpStatistics(Instant minutesBefore, Instant keptSince, int limit) {
    return 0;
  }

  @Override
  public int removeExpiredJobs(Instant changedBefore, int limit) {
    return 0;
  }

  @Override
  public List<ServerInfo> servers() {
    return List.of();
  }

  @Override
  public List<UnhandledJobs> unhandledJobs() {
    return List.of();
  }
}
