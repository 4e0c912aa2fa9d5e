package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;

import dev.stoker.BatchId;
import dev.stoker.JobState;
import dev.stoker.schema.tables.records.StokerJobRecord;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/** Deletes a batch: its jobs that have not ended, and what needed them. */
final class BatchDeletion {

  private final DSLContext tx;
  private final Statements statements;

  BatchDeletion(DSLContext tx, Statements statements) {
    this.tx = tx;
    this.statements = statements;
  }

  void delete(BatchId id, Instant now) {
    if (!new Batches(tx, statements).markDeleted(id.value())) {
      throw new IllegalArgumentException("There is no batch " + id);
    }
    var j = STOKER_JOB;
    List<StokerJobRecord> unfinished =
        tx.selectFrom(j)
            .where(j.BATCH_ID.eq(id.value()))
            .and(j.STATE.in(StateChange.UNFINISHED))
            .orderBy(j.ID)
            .forUpdate()
            .fetch();
    ManualChanges changes = new ManualChanges(tx, statements);
    for (StokerJobRecord job : unfinished) {
      changes.apply(job, JobState.DELETED, "Its batch was deleted", now);
    }
    new Continuations(tx, statements).batchDeleted(id.value(), now);
  }
}
