package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_JOB_TRACE;
import static dev.stoker.schema.Tables.STOKER_QUEUE;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.schema.tables.records.StokerJobRecord;
import dev.stoker.storage.ClaimedJob;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.UpdateResultStep;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * What every claim is made of, whichever statements run it: which jobs are ready and in what order
 * (highest priority, then oldest, skipping those another server is claiming), and what the claim
 * sets and reads of each: its start, which no history row records while it runs (see {@link
 * ImpliedStart}), is the state_changed_at it reads back. A server claims only the jobs it has
 * handlers for, so that during a rolling deploy old servers leave new kinds of job to the new ones.
 */
final class ClaimSql {

  /** What a claim reads of each job it claims. */
  static final List<Field<?>> CLAIMED_COLUMNS =
      List.of(
          STOKER_JOB.ID,
          STOKER_JOB.NAME,
          STOKER_JOB.QUEUE,
          STOKER_JOB.ARGUMENTS,
          STOKER_JOB.ATTEMPT,
          STOKER_JOB.FAILURE_COUNT,
          STOKER_JOB.MAX_RETRIES,
          STOKER_JOB.STATE_CHANGED_AT,
          STOKER_JOB.PRIORITY,
          STOKER_JOB.RUN_AT,
          STOKER_JOB.RECURRING_ID,
          STOKER_JOB.BATCH_ID);

  private ClaimSql() {}

  /**
   * The ids of up to {@code limit} ready jobs of the queue among those named, locked; none while
   * the queue is paused (its row in {@code stoker_queue}), so none is claimed once a pause
   * committed. The names go as one array ({@code = any(?)}): the statement stays the same whatever
   * the names, and the ready-job index still finds the queue's jobs in order. The queue comes
   * twice, as prepared statements take each parameter once.
   */
  static Select<Record1<UUID>> ready(
      Field<String> queue, Field<String> sameQueue, Field<String[]> names, Field<Integer> limit) {
    var j = STOKER_JOB;
    return select(j.ID)
        .from(j)
        .where(StateChange.CLAIM.isFrom())
        .and(j.QUEUE.eq(queue))
        .and(j.NAME.eq(any(names)))
        .andNotExists(selectOne().from(STOKER_QUEUE).where(STOKER_QUEUE.NAME.eq(sameQueue)))
        .orderBy(j.PRIORITY.desc(), j.ID)
        .limit(limit)
        .forUpdate()
        .skipLocked();
  }

  /** Marks the jobs that meet the condition PROCESSING on the server, reading what a run needs. */
  static UpdateResultStep<StokerJobRecord> update(
      Condition claimed, Field<String> serverId, Field<Instant> now) {
    var j = STOKER_JOB;
    return DSL.update(j)
        .set(j.STATE, inline(StateChange.CLAIM.to().name()))
        .set(j.STATE_CHANGED_AT, now)
        .set(j.ATTEMPT, j.ATTEMPT.plus(inline(1)))
        .set(j.SERVER_ID, serverId)
        .where(claimed)
        .returning(CLAIMED_COLUMNS);
  }

  /**
   * The trace contexts of the claimed jobs that have one, by job id, read after the update where a
   * claim cannot join them to its returned rows (jOOQ emulates RETURNING on H2).
   */
  static Map<UUID, String> traceContexts(DSLContext tx, Collection<UUID> claimed) {
    var t = STOKER_JOB_TRACE;
    return tx.select(t.JOB_ID, t.TRACE_CONTEXT)
        .from(t)
        .where(t.JOB_ID.eq(Ids.any(claimed)))
        .fetchMap(t.JOB_ID, t.TRACE_CONTEXT);
  }

  /** Reads a claimed row's columns, from a jOOQ record or straight from JDBC's result set. */
  @FunctionalInterface
  interface Row {
    <T> T get(Field<T> column);
  }

  /** A row of a JDBC result set, read by column name. */
  static Row row(ResultSet rows) {
    return new Row() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> T get(Field<T> column) {
        try {
          if (column.getType() == JSONB.class) {
            return (T) JSONB.valueOf(rows.getString(column.getName()));
          }
          if (column.getType() == Instant.class) {
            // The driver reads timestamptz as OffsetDateTime, not Instant.
            OffsetDateTime at = rows.getObject(column.getName(), OffsetDateTime.class);
            return (T) (at == null ? null : at.toInstant());
          }
          return rows.getObject(column.getName(), column.getType());
        } catch (SQLException e) {
          throw new DataAccessException("Cannot read " + column.getName() + " of a claimed job", e);
        }
      }
    };
  }

  /** A jOOQ record's row. */
  static Row row(Record record) {
    return new Row() {
      @Override
      public <T> T get(Field<T> column) {
        return record.get(column);
      }
    };
  }

  /** One claimed job, and its place in the queue's order. */
  record Claimed(ClaimedJob job, int priority) {
    /** The job of a claimed row, and the trace context of its trace row (null for none). */
    static Claimed of(Row row, String traceContext) {
      var j = STOKER_JOB;
      UUID batch = row.get(j.BATCH_ID);
      return new Claimed(
          new ClaimedJob(
              new JobId(row.get(j.ID)),
              row.get(j.NAME),
              row.get(j.QUEUE),
              row.get(j.ARGUMENTS).data(),
              row.get(j.ATTEMPT),
              row.get(j.FAILURE_COUNT),
              row.get(j.MAX_RETRIES),
              row.get(j.STATE_CHANGED_AT),
              row.get(j.RUN_AT),
              row.get(j.RECURRING_ID),
              batch == null ? null : new BatchId(batch),
              traceContext),
          row.get(j.PRIORITY));
    }
  }

  /** The claimed jobs in the queue's order, which RETURNING does not keep. */
  static List<ClaimedJob> inQueueOrder(List<Claimed> claimed) {
    return claimed.stream()
        .sorted(
            Comparator.comparingInt(Claimed::priority)
                .reversed()
                .thenComparing(row -> row.job().id().value()))
        .map(Claimed::job)
        .toList();
  }
}
