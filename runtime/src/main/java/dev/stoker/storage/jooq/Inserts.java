package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;

import dev.stoker.schema.tables.records.StokerJobRecord;
import dev.stoker.storage.NewJob;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep10;
import org.jooq.JSONB;

/** Stores new jobs with their first history entries, each in one multi-row insert. */
final class Inserts {

  private final DSLContext tx;

  Inserts(DSLContext tx) {
    this.tx = tx;
  }

  void insert(List<NewJob> jobs) {
    var j = STOKER_JOB;
    InsertValuesStep10<
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
            Instant>
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
                j.STATE_CHANGED_AT);
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
              job.createdAt());
      history.add(job.id(), job.createdAt(), null, job.state(), job.reason(), null, 0, null);
    }
    insert.execute();
    history.insert(tx);
  }
}
