package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.schema.tables.records.StokerJobRecord;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.Select;

/** Moves SCHEDULED jobs whose time has come to their queue. */
final class DueJobs {

  private static final String SCHEDULED = JobState.SCHEDULED.name();

  private final DSLContext tx;

  DueJobs(DSLContext tx) {
    this.tx = tx;
  }

  int enqueue(Instant now, int limit) {
    var j = STOKER_JOB;
    Select<Record1<UUID>> due =
        tx.select(j.ID)
            .from(j)
            .where(j.STATE.eq(SCHEDULED))
            .and(j.RUN_AT.le(now))
            .orderBy(j.RUN_AT)
            .limit(limit)
            .forUpdate()
            .skipLocked();
    Result<StokerJobRecord> enqueued =
        tx.update(j)
            .set(j.STATE, JobState.ENQUEUED.name())
            .set(j.STATE_CHANGED_AT, now)
            .where(j.ID.in(due))
            .and(j.STATE.eq(SCHEDULED))
            .returning(j.ID, j.ATTEMPT)
            .fetch();
    HistoryRows history = new HistoryRows();
    for (StokerJobRecord job : enqueued) {
      history.add(
          new JobId(job.getId()),
          now,
          JobState.SCHEDULED,
          JobState.ENQUEUED,
          "Its start time came",
          null,
          job.getAttempt(),
          null);
    }
    history.insert(tx);
    return enqueued.size();
  }
}
