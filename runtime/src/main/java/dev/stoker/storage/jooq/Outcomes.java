package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static org.jooq.impl.DSL.val;

import dev.stoker.JobState;
import dev.stoker.monitoring.ExceptionInfo;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.Completion;
import dev.stoker.storage.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Records how attempts ended, each under its attempt's fence, and in the same transaction what
 * follows for the jobs' batches and continuations. Successes, nearly all outcomes, go together
 * through the database's own statements; the others one by one.
 */
final class Outcomes {

  private final DSLContext tx;
  private final Statements statements;

  Outcomes(DSLContext tx, Statements statements) {
    this.tx = tx;
    this.statements = statements;
  }

  /**
   * The fence of an attempt's outcome: the job is still PROCESSING in that attempt. Neither a
   * deleted job nor one handed to another attempt is written over by a late outcome.
   */
  static Condition fence(Field<UUID> id, Field<Integer> attempt) {
    return STOKER_JOB
        .ID
        .eq(id)
        .and(STOKER_JOB.ATTEMPT.eq(attempt))
        .and(StateChange.SUCCESS.isFrom());
  }

  /** Records the completions, each under its own fence; returns those not recorded. */
  List<Completion> recordAll(List<Completion> completions, String serverId, Instant now) {
    List<Completion> notRecorded = new ArrayList<>();
    List<Statements.Success> successes = new ArrayList<>();
    for (Completion completion : completions) {
      if (completion.outcome() instanceof Outcome.Succeeded succeeded) {
        successes.add(new Statements.Success(completion.job(), succeeded.reason()));
      } else if (!record(completion.job(), completion.outcome(), serverId, now)) {
        notRecorded.add(completion);
      }
    }
    if (successes.isEmpty()) {
      return notRecorded;
    }
    Set<UUID> recorded = new HashSet<>();
    // Locked in the order of their ids, by every server alike: two groups never deadlock.
    Map<UUID, Integer> successesPerBatch = new TreeMap<>();
    List<UUID> parents = new ArrayList<>();
    for (Statements.Ended done : statements.succeed(tx, successes, serverId, now)) {
      recorded.add(done.id());
      if (done.batch() != null) {
        successesPerBatch.merge(done.batch(), 1, Integer::sum);
      }
      if (done.hasChildren()) {
        parents.add(done.id());
      }
    }
    if (!successesPerBatch.isEmpty() || !parents.isEmpty()) {
      new Continuations(tx, statements).followSuccesses(successesPerBatch, parents, now);
    }
    for (Completion completion : completions) {
      if (completion.outcome() instanceof Outcome.Succeeded
          && !recorded.contains(completion.job().id().value())) {
        notRecorded.add(completion);
      }
    }
    return notRecorded;
  }

  /** Records one outcome and what follows from it; false when its attempt is not current. */
  boolean record(ClaimedJob job, Outcome outcome, String serverId, Instant now) {
    HistoryRows history = new HistoryRows();
    Optional<Statements.Ended> ended = end(job, outcome, serverId, now, history);
    history.insert(tx);
    if (ended.isEmpty()) {
      return false;
    }
    Statements.Ended done = ended.get();
    if (outcome.state().isFinal() && (done.batch() != null || done.hasChildren())) {
      new Continuations(tx, statements)
          .follow(
              new Continuations.Change(
                  done.id(),
                  done.batch(),
                  done.hasChildren(),
                  JobState.PROCESSING,
                  outcome.state()),
              now);
    }
    return true;
  }

  /**
   * Writes one outcome under its fence, and adds its history row, which keeps the attempt's start
   * (a success has none: its row keeps both); empty, changing nothing, when the attempt is no
   * longer current. What follows from it is the caller's.
   */
  Optional<Statements.Ended> end(
      ClaimedJob job, Outcome outcome, String serverId, Instant now, HistoryRows history) {
    var j = STOKER_JOB;
    StateChange change = StateChange.ending(outcome);
    var update = tx.update(j).set(change.sets(now));
    ExceptionInfo exception =
        switch (outcome) {
          case Outcome.Retrying retrying -> {
            update =
                update
                    .setNull(j.SERVER_ID)
                    .set(j.RUN_AT, retrying.runAt())
                    .set(j.FAILURE_COUNT, j.FAILURE_COUNT.plus(1));
            yield retrying.exception();
          }
          case Outcome.Failed failed -> {
            update = update.setNull(j.SERVER_ID).set(j.FAILURE_COUNT, j.FAILURE_COUNT.plus(1));
            yield failed.exception();
          }
          case Outcome.HandedBack handedBack -> {
            update = update.setNull(j.SERVER_ID).set(j.RUN_AT, now);
            yield null;
          }
          case Outcome.Succeeded succeeded -> {
            // The row tells the attempt from now on (see ImpliedSuccess); its server stays.
            update =
                update
                    .set(j.STARTED_AT, job.claimedAt())
                    .set(j.SUCCESS_REASON, ImpliedSuccess.reason(succeeded.reason()));
            yield null;
          }
        };
    Optional<Statements.Ended> ended =
        update
            .where(fence(val(job.id().value()), val(job.attempt())))
            .returning(j.BATCH_ID, j.HAS_CHILDREN)
            .fetchOptional()
            .map(
                row ->
                    new Statements.Ended(job.id().value(), row.getBatchId(), row.getHasChildren()));
    if (outcome instanceof Outcome.Succeeded) {
      return ended;
    }
    // One row per attempt: its start (by this server, which claimed it) goes with its end.
    ended.ifPresent(
        done ->
            history.add(
                change
                    .row(job.id(), job.attempt(), now, outcome.reason(), serverId, exception)
                    .withStart(job.claimedAt(), serverId)));
    return ended;
  }
}
