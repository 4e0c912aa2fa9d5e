package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_BATCH;
import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_JOB_DEPENDENCY;
import static dev.stoker.schema.Tables.STOKER_JOB_HISTORY;
import static dev.stoker.schema.Tables.STOKER_JOB_TRACE;
import static dev.stoker.schema.Tables.STOKER_UNIQUE_JOB;

import dev.stoker.JobState;
import dev.stoker.monitoring.BatchState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Removes SUCCEEDED and DELETED jobs once they have expired, a bounded batch at a time, with their
 * history, trace contexts and the unique keys they held, and then the batches none of whose jobs is
 * left. FAILED jobs stay until a person acts, and so do their batches.
 */
final class Retention {

  private static final List<String> EXPIRING =
      List.of(JobState.SUCCEEDED.name(), JobState.DELETED.name());
  private static final String COMPLETED = BatchState.COMPLETED.name();
  private static final String DELETED = BatchState.DELETED.name();

  private final DSLContext tx;

  Retention(DSLContext tx) {
    this.tx = tx;
  }

  int removeExpired(Instant changedBefore, int limit) {
    var j = STOKER_JOB;
    // The ids first: H2 would evaluate a limited subquery again as the deletion goes on.
    List<UUID> expired =
        tx.select(j.ID)
            .from(j)
            .where(j.STATE.in(EXPIRING))
            .and(j.STATE_CHANGED_AT.lt(changedBefore))
            .limit(limit)
            .forUpdate()
            .skipLocked()
            .fetch(j.ID);
    removeUniqueKeysHeldUntil(changedBefore, limit);
    int removed = expired.isEmpty() ? 0 : removeJobs(expired);
    if (removed < limit) {
      // Caught up with the jobs: the batches they emptied can go.
      removeEmptyBatches(changedBefore, limit);
    }
    return removed;
  }

  private int removeJobs(List<UUID> expired) {
    var h = STOKER_JOB_HISTORY;
    tx.deleteFrom(h).where(h.JOB_ID.in(expired)).execute();
    var t = STOKER_JOB_TRACE;
    tx.deleteFrom(t).where(t.JOB_ID.in(expired)).execute();
    // A key held while its job was unfinished holds nothing once the job ended.
    var u = STOKER_UNIQUE_JOB;
    tx.deleteFrom(u).where(u.JOB_ID.in(expired)).and(u.UNIQUE_UNTIL.isNull()).execute();
    // The dependencies go with the job (on delete cascade).
    return tx.deleteFrom(STOKER_JOB).where(STOKER_JOB.ID.in(expired)).execute();
  }

  /**
   * A key held until a time holds nothing after it, whatever its job's state: those whose time is
   * older than the retention go, whether their job is still stored or not.
   */
  private void removeUniqueKeysHeldUntil(Instant before, int limit) {
    var u = STOKER_UNIQUE_JOB;
    List<String> passed =
        tx.select(u.UNIQUE_KEY)
            .from(u)
            .where(u.UNIQUE_UNTIL.lt(before))
            .limit(limit)
            .forUpdate()
            .skipLocked()
            .fetch(u.UNIQUE_KEY);
    if (!passed.isEmpty()) {
      tx.deleteFrom(u).where(u.UNIQUE_KEY.in(passed)).execute();
    }
  }

  /**
   * A batch that ended before the retention goes once retention removed its last job and no
   * continuation waits on it. A continuation added to it meanwhile finds no batch and is refused.
   */
  private void removeEmptyBatches(Instant endedBefore, int limit) {
    var b = STOKER_BATCH;
    var j = STOKER_JOB;
    var d = STOKER_JOB_DEPENDENCY;
    List<UUID> empty =
        tx.select(b.ID)
            .from(b)
            .where(b.STATE.eq(COMPLETED).and(b.COMPLETED_AT.lt(endedBefore)))
            // A batch deleted before its jobs ended has no completion time.
            .or(b.STATE.eq(DELETED).and(b.CREATED_AT.lt(endedBefore)))
            .andNotExists(DSL.selectOne().from(j).where(j.BATCH_ID.eq(b.ID)))
            .andNotExists(
                DSL.selectOne().from(d).where(d.PARENT_ID.eq(b.ID)).and(d.PARENT_IS_BATCH.isTrue()))
            .limit(limit)
            .forUpdate()
            .skipLocked()
            .fetch(b.ID);
    if (!empty.isEmpty()) {
      tx.deleteFrom(b).where(b.ID.in(empty)).execute();
    }
  }
}
