package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;

import dev.stoker.JobId;
import dev.stoker.schema.tables.records.StokerJobRecord;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Result;

/** Moves SCHEDULED jobs whose time has come to their queue. */
final class DueJobs {

  private final DSLContext tx;

  DueJobs(DSLContext tx) {
    this.tx = tx;
  }

  int enqueue(Instant now, int limit) {
    var j = STOKER_JOB;
    // The ids first, locked: a limited subquery in the update may run again for each row.
    List<UUID> due =
        tx.select(j.ID)
            .from(j)
            .where(StateChange.DUE.isFrom())
            .and(j.RUN_AT.le(now))
            .orderBy(j.RUN_AT)
            .limit(limit)
            .forUpdate()
            .skipLocked()
            .fetch(j.ID);
    if (due.isEmpty()) {
      return 0;
    }
    Result<StokerJobRecord> enqueued =
        tx.update(j)
            .set(StateChange.DUE.sets(now))
            .where(j.ID.eq(Ids.any(due)))
            .and(StateChange.DUE.isFrom())
            .returning(j.ID, j.ATTEMPT)
            .fetch();
    HistoryRows history = new HistoryRows();
    for (StokerJobRecord job : enqueued) {
      history.add(
          StateChange.DUE.row(
              new JobId(job.getId()), job.getAttempt(), now, "Its start time came", null));
    }
    history.insert(tx);
    return enqueued.size();
  }
}
