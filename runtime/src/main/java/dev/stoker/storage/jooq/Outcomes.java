package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;

import dev.stoker.JobState;
import dev.stoker.monitoring.ExceptionInfo;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.Outcome;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Records how an attempt ended, under the attempt's fence, and in the same transaction what follows
 * from it for the job's batch and continuations.
 */
final class Outcomes {

  private final DSLContext tx;

  Outcomes(DSLContext tx) {
    this.tx = tx;
  }

  boolean record(ClaimedJob job, Outcome outcome, String serverId, Instant now) {
    var j = STOKER_JOB;
    var update =
        tx.update(j)
            .set(j.STATE, outcome.state().name())
            .set(j.STATE_CHANGED_AT, now)
            .setNull(j.SERVER_ID);
    ExceptionInfo exception =
        switch (outcome) {
          case Outcome.Retrying retrying -> {
            update =
                update
                    .set(j.RUN_AT, retrying.runAt())
                    .set(j.FAILURE_COUNT, j.FAILURE_COUNT.plus(1));
            yield retrying.exception();
          }
          case Outcome.Failed failed -> {
            update = update.set(j.FAILURE_COUNT, j.FAILURE_COUNT.plus(1));
            yield failed.exception();
          }
          case Outcome.HandedBack handedBack -> {
            update = update.set(j.RUN_AT, now);
            yield null;
          }
          case Outcome.Succeeded succeeded -> null;
        };
    var changed =
        update
            .where(j.ID.eq(job.id().value()))
            .and(j.STATE.eq(JobState.PROCESSING.name()))
            .and(j.ATTEMPT.eq(job.attempt()))
            .returning(j.BATCH_ID, j.HAS_CHILDREN)
            .fetchOptional();
    if (changed.isEmpty()) {
      return false;
    }
    new HistoryRows()
        .add(
            job.id(),
            now,
            JobState.PROCESSING,
            outcome.state(),
            outcome.reason(),
            serverId,
            job.attempt(),
            exception)
        .insert(tx);
    UUID batch = changed.get().getBatchId();
    boolean hasChildren = changed.get().getHasChildren();
    if (outcome.state().isFinal() && (batch != null || hasChildren)) {
      new Continuations(tx)
          .follow(
              new Continuations.Change(
                  job.id().value(), batch, hasChildren, JobState.PROCESSING, outcome.state()),
              now);
    }
    return true;
  }
}
