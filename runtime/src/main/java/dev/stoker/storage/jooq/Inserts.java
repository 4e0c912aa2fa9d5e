package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;

import dev.stoker.storage.NewJob;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.SQLDialect;

/**
 * Stores new jobs with their first history entries, and hands continuations to {@link
 * Continuations}: on PostgreSQL in one statement of column arrays, elsewhere in multi-row inserts
 * of a bounded size.
 */
final class Inserts {

  private static final int ROWS_PER_STATEMENT = 1000;

  /** The columns a new job is stored with, in this order by every insert. */
  static final List<Field<?>> JOB_COLUMNS =
      List.of(
          STOKER_JOB.ID,
          STOKER_JOB.NAME,
          STOKER_JOB.QUEUE,
          STOKER_JOB.PRIORITY,
          STOKER_JOB.STATE,
          STOKER_JOB.ARGUMENTS,
          STOKER_JOB.MAX_RETRIES,
          STOKER_JOB.RUN_AT,
          STOKER_JOB.CREATED_AT,
          STOKER_JOB.STATE_CHANGED_AT,
          STOKER_JOB.BATCH_ID,
          STOKER_JOB.CONTINUATION);

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
      PostgresHotPath.insert(tx, jobs, notifyServers);
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

  private void insertRows(List<NewJob> jobs) {
    var insert = tx.insertInto(STOKER_JOB).columns(JOB_COLUMNS);
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

  /** How a job waits for its parents, if it has any. */
  static String continuation(NewJob job) {
    if (job.parents().isEmpty()) {
      return null;
    }
    return job.parents().anyOutcome() ? Continuations.ON_ANY_END : Continuations.ON_SUCCESS;
  }
}
