package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.schema.tables.records.StokerJobRecord;
import java.time.Instant;
import org.jooq.DSLContext;

/** Changes a person asks for, checked against the state machine under the job's row lock. */
final class ManualChanges {

  private final DSLContext tx;
  private final Statements statements;

  ManualChanges(DSLContext tx, Statements statements) {
    this.tx = tx;
    this.statements = statements;
  }

  void change(JobId id, JobState target, String reason, Instant now) {
    var j = STOKER_JOB;
    StokerJobRecord job = tx.selectFrom(j).where(j.ID.eq(id.value())).forUpdate().fetchOne();
    if (job == null) {
      throw new IllegalArgumentException("There is no job " + id);
    }
    apply(job, target, reason, now);
  }

  /** Changes a job already locked by the caller, and follows the change. */
  void apply(StokerJobRecord job, JobState target, String reason, Instant now) {
    var j = STOKER_JOB;
    JobId id = new JobId(job.getId());
    JobState from = JobState.valueOf(job.getState());
    StateChange change = StateChange.of(id, from, target);
    var update = tx.update(j).set(change.sets(now)).setNull(j.SERVER_ID);
    if (target == JobState.ENQUEUED) {
      update = update.set(j.FAILURE_COUNT, 0).set(j.RUN_AT, now);
    }
    update.where(j.ID.eq(id.value())).execute();
    HistoryRow row = change.row(id, job.getAttempt(), now, reason, null);
    if (from == JobState.PROCESSING) {
      // The running attempt's start was told by the row this change overwrites: keep it.
      row = row.withStart(job.getStateChangedAt(), job.getServerId());
    }
    new HistoryRows().add(row).insert(tx);
    new Continuations(tx, statements)
        .follow(
            new Continuations.Change(
                job.getId(), job.getBatchId(), job.getHasChildren(), from, target),
            now);
  }
}
