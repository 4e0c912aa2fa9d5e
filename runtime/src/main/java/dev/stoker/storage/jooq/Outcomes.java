package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;

import dev.stoker.JobState;
import dev.stoker.monitoring.ExceptionInfo;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.Completion;
import dev.stoker.storage.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * Records how an attempt ended, under the attempt's fence, and in the same transaction what follows
 * from it for the job's batch and continuations.
 */
final class Outcomes {

  private final DSLContext tx;

  Outcomes(DSLContext tx) {
    this.tx = tx;
  }

  /**
   * Records the completions, each under its own fence; returns those not recorded. On PostgreSQL
   * the successes, nearly all of them, take one statement together.
   */
  List<Completion> recordAll(List<Completion> completions, String serverId, Instant now) {
    List<Completion> notRecorded = new ArrayList<>();
    List<PostgresHotPath.Success> successes = new ArrayList<>();
    boolean postgres = tx.dialect().family() == SQLDialect.POSTGRES;
    for (Completion completion : completions) {
      if (postgres && completion.outcome() instanceof Outcome.Succeeded succeeded) {
        successes.add(new PostgresHotPath.Success(completion.job(), succeeded.reason()));
      } else if (!record(completion.job(), completion.outcome(), serverId, now)) {
        notRecorded.add(completion);
      }
    }
    if (successes.isEmpty()) {
      return notRecorded;
    }
    Set<UUID> recorded = new HashSet<>();
    Map<UUID, Integer> successesPerBatch = new HashMap<>();
    List<UUID> parents = new ArrayList<>();
    for (PostgresHotPath.Succeeded done : PostgresHotPath.succeed(tx, successes, serverId, now)) {
      recorded.add(done.id());
      if (done.batch() != null) {
        successesPerBatch.merge(done.batch(), 1, Integer::sum);
      }
      if (done.hasChildren()) {
        parents.add(done.id());
      }
    }
    if (!successesPerBatch.isEmpty() || !parents.isEmpty()) {
      new Continuations(tx).followSuccesses(successesPerBatch, parents, now);
    }
    for (Completion completion : completions) {
      if (completion.outcome() instanceof Outcome.Succeeded
          && !recorded.contains(completion.job().id().value())) {
        notRecorded.add(completion);
      }
    }
    return notRecorded;
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
