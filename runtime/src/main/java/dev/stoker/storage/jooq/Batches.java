package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_BATCH;
import static org.jooq.impl.DSL.param;

import dev.stoker.BatchId;
import dev.stoker.JobState;
import dev.stoker.monitoring.BatchDetails;
import dev.stoker.monitoring.BatchState;
import dev.stoker.schema.tables.records.StokerBatchRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

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
  private final Statements statements;

  Batches(DSLContext tx, Statements statements) {
    this.tx = tx;
    this.statements = statements;
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
    StokerBatchRecord row =
        statements
            .countBatch()
            .query(
                tx,
                values ->
                    values
                        .set("succeeded", jobs * delta(JobState.SUCCEEDED, from, to))
                        .set("failed", jobs * delta(JobState.FAILED, from, to))
                        .set("deleted", jobs * delta(JobState.DELETED, from, to))
                        .set("id", batch),
                rows -> rows.next() ? read(rows) : null);
    boolean allEnded = row.getSucceeded() + row.getFailed() + row.getDeleted() == row.getTotal();
    String state = DELETED.equals(row.getState()) ? DELETED : allEnded ? COMPLETED : STARTED;
    if (!state.equals(row.getState())) {
      // Rare: the batch ends, or a requeue starts it again.
      var b = STOKER_BATCH;
      row.setState(state);
      row.setCompletedAt(allEnded ? now : null);
      tx.update(b)
          .set(b.STATE, state)
          .set(b.COMPLETED_AT, row.getCompletedAt())
          .where(b.ID.eq(batch))
          .execute();
    }
    return row;
  }

  /**
   * The counting statement, written once in the dialect: it runs with every batch job that ends.
   */
  static PreparedSql countStatement(SQLDialect dialect) {
    var b = STOKER_BATCH;
    return PreparedSql.of(
        DSL.using(dialect)
            .update(b)
            .set(b.SUCCEEDED, b.SUCCEEDED.plus(param("succeeded", SQLDataType.INTEGER)))
            .set(b.FAILED, b.FAILED.plus(param("failed", SQLDataType.INTEGER)))
            .set(b.DELETED, b.DELETED.plus(param("deleted", SQLDataType.INTEGER)))
            .where(b.ID.eq(param("id", SQLDataType.UUID)))
            .returning());
  }

  private static StokerBatchRecord read(ResultSet rows) throws SQLException {
    var b = STOKER_BATCH;
    StokerBatchRecord row = new StokerBatchRecord();
    row.setId(rows.getObject(b.ID.getName(), UUID.class));
    row.setState(rows.getString(b.STATE.getName()));
    row.setTotal(rows.getInt(b.TOTAL.getName()));
    row.setSucceeded(rows.getInt(b.SUCCEEDED.getName()));
    row.setFailed(rows.getInt(b.FAILED.getName()));
    row.setDeleted(rows.getInt(b.DELETED.getName()));
    OffsetDateTime completedAt = rows.getObject(b.COMPLETED_AT.getName(), OffsetDateTime.class);
    row.setCompletedAt(completedAt == null ? null : completedAt.toInstant());
    return row;
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

  static BatchDetails details(StokerBatchRecord row) {
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
