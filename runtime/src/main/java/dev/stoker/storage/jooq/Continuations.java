package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_BATCH;
import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_JOB_DEPENDENCY;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.schema.tables.records.StokerBatchRecord;
import dev.stoker.schema.tables.records.StokerJobRecord;
import dev.stoker.storage.NewJob;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Continuations: what each waits for, and what happens to it when its parents end. Runs in the
 * transaction of the change that makes a parent end, so that a crash can never leave a parent done
 * and its continuations waiting. Waiting continuations are locked before their parents are read, so
 * of two parents ending at once, the second sees the first.
 */
final class Continuations {

  static final String ON_SUCCESS = "ON_SUCCESS";
  static final String ON_ANY_END = "ON_ANY_END";

  /** A job's change of state, as far as its batch and its continuations care. */
  record Change(UUID job, UUID batch, boolean hasChildren, JobState from, JobState to) {}

  private final DSLContext tx;
  private final Batches batches;

  Continuations(DSLContext tx, Statements statements) {
    this.tx = tx;
    this.batches = new Batches(tx, statements);
  }

  /**
   * Records what new continuations wait for, marks and locks their parents (so that a parent ending
   * meanwhile waits for this transaction, or is seen by it), and releases the ones whose parents
   * are done already.
   */
  void add(List<NewJob> continuations, Instant now) {
    if (continuations.isEmpty()) {
      return;
    }
    var d = STOKER_JOB_DEPENDENCY;
    var insert = tx.insertInto(d, d.JOB_ID, d.PARENT_ID, d.PARENT_IS_BATCH);
    Set<UUID> parentJobs = new HashSet<>();
    Set<UUID> parentBatches = new HashSet<>();
    for (NewJob job : continuations) {
      for (JobId parent : job.parents().jobs()) {
        insert = insert.values(job.id().value(), parent.value(), false);
        parentJobs.add(parent.value());
      }
      for (BatchId parent : job.parents().batches()) {
        insert = insert.values(job.id().value(), parent.value(), true);
        parentBatches.add(parent.value());
      }
    }
    insert.onConflictDoNothing().execute();
    markParentJobs(parentJobs);
    for (UUID batch : parentBatches) {
      if (batches.lock(batch).isEmpty()) {
        throw new IllegalArgumentException(
            "There is no batch "
                + batch
                + " to wait for: it never existed, or it ended long enough ago to be removed");
      }
    }
    evaluate(continuations.stream().map(job -> job.id().value()).toList(), now);
  }

  private void markParentJobs(Set<UUID> parents) {
    if (parents.isEmpty()) {
      return;
    }
    var j = STOKER_JOB;
    Set<UUID> found =
        new HashSet<>(
            tx.update(j)
                .set(j.HAS_CHILDREN, true)
                .where(j.ID.eq(Ids.any(parents)))
                .returning(j.ID)
                .fetch(j.ID));
    for (UUID parent : parents) {
      if (!found.contains(parent)) {
        throw new IllegalArgumentException(
            "There is no job "
                + parent
                + " to wait for: it never existed, or it ended long enough ago to be removed");
      }
    }
  }

  /**
   * Follows a job's change of state: counts it in its batch, and decides what the continuations of
   * the job and of the batch do now; deleting a continuation is a change that is followed in turn.
   */
  void follow(Change first, Instant now) {
    Deque<Change> changes = new ArrayDeque<>();
    changes.add(first);
    while (!changes.isEmpty()) {
      Change change = changes.poll();
      List<UUID> waiting = new ArrayList<>();
      if (change.batch() != null && (change.from().isFinal() || change.to().isFinal())) {
        StokerBatchRecord batch = batches.count(change.batch(), change.from(), change.to(), now);
        if (Batches.satisfies(batch, true) || Batches.dooms(batch, false)) {
          waiting.addAll(childrenOf(change.batch()));
        }
      }
      if (change.hasChildren() && change.to().isFinal()) {
        waiting.addAll(childrenOf(change.job()));
      }
      changes.addAll(evaluate(waiting, now));
    }
  }

  /**
   * Follows many jobs that just succeeded: their batches counted once each, however many of their
   * jobs there are, then what waits for the batches and for the jobs.
   */
  void followSuccesses(Map<UUID, Integer> successesPerBatch, List<UUID> parents, Instant now) {
    List<UUID> waiting = new ArrayList<>();
    successesPerBatch.forEach(
        (batch, jobs) -> {
          StokerBatchRecord row =
              batches.count(batch, JobState.PROCESSING, JobState.SUCCEEDED, jobs, now);
          if (Batches.satisfies(row, true) || Batches.dooms(row, false)) {
            waiting.addAll(childrenOf(batch));
          }
        });
    parents.forEach(parent -> waiting.addAll(childrenOf(parent)));
    evaluate(waiting, now).forEach(change -> follow(change, now));
  }

  /** Looks again at what waits for a batch that was just deleted. */
  void batchDeleted(UUID batch, Instant now) {
    evaluate(childrenOf(batch), now).forEach(change -> follow(change, now));
  }

  private List<UUID> childrenOf(UUID parent) {
    var d = STOKER_JOB_DEPENDENCY;
    return tx.select(d.JOB_ID).from(d).where(d.PARENT_ID.eq(parent)).fetch(d.JOB_ID);
  }

  /**
   * Releases the waiting continuations among {@code candidates} whose parents are all done, and
   * deletes those a parent's end dooms; returns the deletions, to be followed.
   */
  private List<Change> evaluate(Collection<UUID> candidates, Instant now) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    var j = STOKER_JOB;
    var d = STOKER_JOB_DEPENDENCY;
    List<StokerJobRecord> waiting =
        tx.selectFrom(j)
            .where(j.ID.eq(Ids.any(candidates)))
            .and(j.STATE.eq(JobState.AWAITING.name()))
            .orderBy(j.ID)
            .forUpdate()
            .fetch();
    if (waiting.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<Parent>> parentsOf = new HashMap<>();
    Set<UUID> jobIds = new HashSet<>();
    Set<UUID> batchIds = new HashSet<>();
    for (var row :
        tx.select(d.JOB_ID, d.PARENT_ID, d.PARENT_IS_BATCH)
            .from(d)
            .where(d.JOB_ID.eq(Ids.any(waiting.stream().map(StokerJobRecord::getId).toList())))
            .fetch()) {
      parentsOf
          .computeIfAbsent(row.value1(), id -> new ArrayList<>())
          .add(new Parent(row.value2(), row.value3()));
      (row.value3() ? batchIds : jobIds).add(row.value2());
    }
    Map<UUID, JobState> jobStates = new HashMap<>();
    tx.select(j.ID, j.STATE)
        .from(j)
        .where(j.ID.eq(Ids.any(jobIds)))
        .fetch()
        .forEach(row -> jobStates.put(row.value1(), JobState.valueOf(row.value2())));
    Map<UUID, StokerBatchRecord> batchRows = new HashMap<>();
    tx.selectFrom(STOKER_BATCH)
        .where(STOKER_BATCH.ID.eq(Ids.any(batchIds)))
        .fetch()
        .forEach(row -> batchRows.put(row.getId(), row));

    HistoryRows history = new HistoryRows();
    List<Change> deleted = new ArrayList<>();
    for (StokerJobRecord child : waiting) {
      Verdict verdict =
          Verdict.of(
              parentsOf.getOrDefault(child.getId(), List.of()),
              ON_ANY_END.equals(child.getContinuation()),
              jobStates,
              batchRows);
      if (verdict.waits()) {
        continue;
      }
      JobState to =
          verdict.doomedBy() != null
              ? JobState.DELETED
              : child.getRunAt().isAfter(now) ? JobState.SCHEDULED : JobState.ENQUEUED;
      JobId id = new JobId(child.getId());
      StateChange change = StateChange.of(id, JobState.AWAITING, to);
      tx.update(j).set(change.sets(now)).where(j.ID.eq(child.getId())).execute();
      history.add(change.row(id, child.getAttempt(), now, verdict.reason(), null));
      if (to == JobState.DELETED) {
        deleted.add(
            new Change(
                child.getId(),
                child.getBatchId(),
                child.getHasChildren(),
                JobState.AWAITING,
                JobState.DELETED));
      }
    }
    history.insert(tx);
    return deleted;
  }

  /** One thing a continuation waits for. */
  record Parent(UUID id, boolean isBatch) {}

  /** What a continuation does, given its parents: wait, run, or be deleted (and why). */
  record Verdict(boolean waits, String doomedBy, String reason) {

    static Verdict of(
        List<Parent> parents,
        boolean anyOutcome,
        Map<UUID, JobState> jobStates,
        Map<UUID, StokerBatchRecord> batchRows) {
      boolean allDone = true;
      for (Parent parent : parents) {
        if (parent.isBatch()) {
          StokerBatchRecord batch = batchRows.get(parent.id());
          if (batch != null && Batches.dooms(batch, anyOutcome)) {
            return doomed("Its parent batch " + parent.id() + " was deleted");
          }
          allDone &= batch == null || Batches.satisfies(batch, anyOutcome);
        } else {
          // A parent removed by retention had ended: it succeeded or was deleted.
          JobState state = jobStates.getOrDefault(parent.id(), JobState.SUCCEEDED);
          if (!anyOutcome && (state == JobState.FAILED || state == JobState.DELETED)) {
            return doomed(
                "Its parent job "
                    + parent.id()
                    + (state == JobState.FAILED ? " failed" : " was deleted"));
          }
          allDone &= anyOutcome ? state.isFinal() : state == JobState.SUCCEEDED;
        }
      }
      if (!allDone) {
        return new Verdict(true, null, null);
      }
      return new Verdict(false, null, anyOutcome ? "Its parents ended" : "Its parents succeeded");
    }

    private static Verdict doomed(String reason) {
      return new Verdict(false, reason, reason);
    }
  }
}
