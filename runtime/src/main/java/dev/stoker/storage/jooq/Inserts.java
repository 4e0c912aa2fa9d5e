package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;

import dev.stoker.schema.tables.records.StokerJobRecord;
import dev.stoker.storage.NewJob;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep12;
import org.jooq.JSONB;

/**
 * Stores new jobs with their first history entries, in multi-row inserts of a bounded size (a
 * statement takes at most 32,767 values on PostgreSQL), and hands continuations to {@link
 * Continuations}.
 */
final class Inserts {

  private static final int ROWS_PER_STATEMENT = 1000;

  private final DSLContext tx;

  Inserts(DSLContext tx) {
    this.tx = tx;
  }

  void insert(List<NewJob> jobs, Instant now) {
    for (int from = 0; from < jobs.size(); from += ROWS_PER_STATEMENT) {
      insertRows(jobs.subList(from, Math.min(jobs.size(), from + ROWS_PER_STATEMENT)));
    }
    new Continuations(tx).add(jobs.stream().filter(job -> !job.parents().isEmpty()).toList(), now);
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
