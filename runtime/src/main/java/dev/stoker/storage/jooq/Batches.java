package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_BATCH;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import dev.stoker.BatchId;
import dev.stoker.JobState;
import dev.stoker.monitoring.BatchDetails;
import dev.stoker.monitoring.BatchState;
import dev.stoker.schema.tables.records.StokerBatchRecord;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Batches and their counts of jobs by how they ended. A job's change is counted under the batch
 * row's lock, so the change that completes a batch sees every other one, however many servers
 * finish its last jobs at once.
 */
final class Batches {

  private static final String STARTED = BatchState.STARTED.name();
  private static final String COMPLETED = BatchState.COMPLETED.name();
  private static final String DELETED = BatchState.DELETED.name();

  private final DSLContext tx;

  Batches(DSLContext tx) {
    this.tx = tx;
  }

  void insert(BatchId id, int total, Instant now) {
    var b = STOKER_BATCH;
    tx.insertInto(b, b.ID, b.STATE, b.TOTAL, b.CREATED_AT, b.COMPLETED_AT)
        .values(id.value(), total == 0 ? COMPLETED : STARTED, total, now, total == 0 ? now : null)
        .execute();
  }

  /** Counts one of the batch's jobs moving between states; returns the batch as it is now. */
  StokerBatchRecord count(UUID batch, JobState from, JobState to, Instant now) {
    return count(batch, from, to, 1, now);
  }

  /**
   * Counts {@code jobs} of the batch's jobs making the same move; returns the batch as it is now.
   */
  StokerBatchRecord count(UUID batch, JobState from, JobState to, int jobs, Instant now) {
    var b = STOKER_BATCH;
    Field<Integer> succeeded = b.SUCCEEDED.plus(jobs * delta(JobState.SUCCEEDED, from, to));
    Field<Integer> failed = b.FAILED.plus(jobs * delta(JobState.FAILED, from, to));
    Field<Integer> deleted = b.DELETED.plus(jobs * delta(JobState.DELETED, from, to));
    Condition allEnded = succeeded.plus(failed).plus(deleted).eq(b.TOTAL);
    return tx.update(b)
        .set(b.SUCCEEDED, succeeded)
        .set(b.FAILED, failed)
        .set(b.DELETED, deleted)
        .set(
            b.STATE,
            when(b.STATE.eq(DELETED), b.STATE).when(allEnded, COMPLETED).otherwise(STARTED))
        .set(
            b.COMPLETED_AT,
            when(allEnded, coalesce(b.COMPLETED_AT, val(now))).otherwise(castNull(b.COMPLETED_AT)))
        .where(b.ID.eq(batch))
        .returning()
        .fetchOne();
  }

  private static int delta(JobState counted, JobState from, JobState to) {
    return (to == counted ? 1 : 0) - (from == counted ? 1 : 0);
  }

  /** Locks the batch, to add continuations to it; empty if there is no such batch. */
  Optional<StokerBatchRecord> lock(UUID batch) {
    var b = STOKER_BATCH;
    return tx.selectFrom(b).where(b.ID.eq(batch)).forUpdate().fetchOptional();
  }

  /** Marks the batch deleted; false if it is not there. */
  boolean markDeleted(UUID batch) {
    var b = STOKER_BATCH;
    return tx.update(b).set(b.STATE, DELETED).where(b.ID.eq(batch)).execute() == 1;
  }

  Optional<BatchDetails> find(BatchId id) {
    var b = STOKER_BATCH;
    return tx.selectFrom(b).where(b.ID.eq(id.value())).fetchOptional().map(Batches::details);
  }

  private static BatchDetails details(StokerBatchRecord row) {
    return new BatchDetails(
        new BatchId(row.getId()),
        BatchState.valueOf(row.getState()),
        row.getTotal(),
        row.getSucceeded(),
        row.getFailed(),
        row.getDeleted(),
        row.getCreatedAt(),
        row.getCompletedAt());
  }

  /**
   * Whether a continuation of the batch may run: every job ended, and (unless any outcome will do)
   * none is left failed and the batch was not deleted.
   */
  static boolean satisfies(StokerBatchRecord batch, boolean anyOutcome) {
    int ended = batch.getSucceeded() + batch.getDeleted() + (anyOutcome ? batch.getFailed() : 0);
    return ended == batch.getTotal() && (anyOutcome || !DELETED.equals(batch.getState()));
  }

  /** Whether a continuation that needs the batch to succeed will never run. */
  static boolean dooms(StokerBatchRecord batch, boolean anyOutcome) {
    return !anyOutcome && DELETED.equals(batch.getState());
  }
}
