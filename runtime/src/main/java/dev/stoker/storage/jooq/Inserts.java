package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_JOB_HISTORY;
import static org.jooq.impl.DSL.cast;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.insertInto;
import static org.jooq.impl.DSL.select;

import dev.stoker.schema.tables.records.StokerJobRecord;
import dev.stoker.storage.NewJob;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep12;
import org.jooq.JSONB;
import org.jooq.SQLDialect;
import org.jooq.impl.SQLDataType;

/**
 * Stores new jobs with their first history entries, and hands continuations to {@link
 * Continuations}: on PostgreSQL in one statement of column arrays, elsewhere in multi-row inserts
 * of a bounded size.
 */
final class Inserts {

  private static final int ROWS_PER_STATEMENT = 1000;

  private final DSLContext tx;

  Inserts(DSLContext tx) {
    this.tx = tx;
  }

  /**
   * Stores the jobs and their first history entries; on PostgreSQL in one statement, which also
   * wakes the servers that listen if {@code notifyServers}.
   */
  void insert(List<NewJob> jobs, Instant now, boolean notifyServers) {
    if (tx.dialect().family() == SQLDialect.POSTGRES) {
      insertAsArrays(jobs, notifyServers);
    } else {
      for (int from = 0; from < jobs.size(); from += ROWS_PER_STATEMENT) {
        insertRows(jobs.subList(from, Math.min(jobs.size(), from + ROWS_PER_STATEMENT)));
      }
    }
    new Continuations(tx).add(jobs.stream().filter(job -> !job.parents().isEmpty()).toList(), now);
  }

  /**
   * Whether {@link #insert} of these jobs is one statement, and needs no transaction of its own.
   */
  static boolean isOneStatement(List<NewJob> jobs, SQLDialect dialect) {
    return dialect.family() == SQLDialect.POSTGRES
        && jobs.stream().allMatch(job -> job.parents().isEmpty());
  }

  private void insertAsArrays(List<NewJob> jobs, boolean notifyServers) {
    var j = STOKER_JOB;
    var h = STOKER_JOB_HISTORY;
    ArrayRows<NewJob> rows = new ArrayRows<>(jobs);
    Field<UUID> id = rows.column(SQLDataType.UUID, job -> job.id().value(), UUID[]::new);
    Field<String> state =
        rows.column(SQLDataType.VARCHAR, job -> job.state().name(), String[]::new);
    Field<Instant> createdAt = rows.column(SQLDataType.INSTANT, NewJob::createdAt, Instant[]::new);
    var jobRows =
        insertInto(
                j,
                j.ID,
                j.NAME,
                j.QUEUE,
                j.PRIORITY,
                j.STATE,
                j.ARGUMENTS,
                j.MAX_RETRIES,
                j.RUN_AT,
                j.CREATED_AT,
                j.STATE_CHANGED_AT,
                j.BATCH_ID,
                j.CONTINUATION)
            .select(
                select(
                    id,
                    rows.column(SQLDataType.VARCHAR, NewJob::name, String[]::new),
                    rows.column(SQLDataType.VARCHAR, NewJob::queue, String[]::new),
                    rows.column(SQLDataType.INTEGER, NewJob::priority, Integer[]::new),
                    state,
                    cast(
                        rows.column(SQLDataType.VARCHAR, NewJob::arguments, String[]::new),
                        SQLDataType.JSONB),
                    rows.column(SQLDataType.INTEGER, NewJob::maxRetries, Integer[]::new),
                    rows.column(SQLDataType.INSTANT, NewJob::runAt, Instant[]::new),
                    createdAt,
                    createdAt,
                    rows.column(
                        SQLDataType.UUID,
                        job -> job.batch() == null ? null : job.batch().value(),
                        UUID[]::new),
                    rows.column(SQLDataType.VARCHAR, Inserts::continuation, String[]::new)));
    var historyRows =
        insertInto(h, h.JOB_ID, h.AT, h.TO_STATE, h.REASON, h.ATTEMPT)
            .select(
                select(
                    id,
                    createdAt,
                    state,
                    rows.column(SQLDataType.VARCHAR, NewJob::reason, String[]::new),
                    inline(0)));
    // One statement: PostgreSQL checks the history's foreign key once the jobs are in, and sends
    // the notification when the transaction commits.
    tx.with("new_jobs")
        .as(jobRows.returning(j.ID))
        .with("new_history")
        .as(historyRows.returning(h.ID))
        .select(notifyServers ? JobsChannel.notifyServers() : inline(""))
        .fetch();
  }

  private void insertRows(List<NewJob> jobs) {
    var j = STOKER_JOB;
    InsertValuesStep12<
            StokerJobRecord,
            UUID,
            String,
            String,
            Integer,
            String,
            JSONB,
            Integer,
            Instant,
            Instant,
            Instant,
            UUID,
            String>
        insert =
            tx.insertInto(
                j,
                j.ID,
                j.NAME,
                j.QUEUE,
                j.PRIORITY,
                j.STATE,
                j.ARGUMENTS,
                j.MAX_RETRIES,
                j.RUN_AT,
                j.CREATED_AT,
                j.STATE_CHANGED_AT,
                j.BATCH_ID,
                j.CONTINUATION);
    HistoryRows history = new HistoryRows();
    for (NewJob job : jobs) {
      insert =
          insert.values(
              job.id().value(),
              job.name(),
              job.queue(),
              job.priority(),
              job.state().name(),
              JSONB.valueOf(job.arguments()),
              job.maxRetries(),
              job.runAt(),
              job.createdAt(),
              job.createdAt(),
              job.batch() == null ? null : job.batch().value(),
              continuation(job));
      history.add(job.id(), job.createdAt(), null, job.state(), job.reason(), null, 0, null);
    }
    insert.execute();
    history.insert(tx);
  }

  private static String continuation(NewJob job) {
    if (job.parents().isEmpty()) {
      return null;
    }
    return job.parents().anyOutcome() ? Continuations.ON_ANY_END : Continuations.ON_SUCCESS;
  }
}
