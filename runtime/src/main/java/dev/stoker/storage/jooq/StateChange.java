package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static org.jooq.impl.DSL.inline;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.monitoring.ExceptionInfo;
import dev.stoker.storage.Outcome;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * A change of state that jobs make, checked against {@link JobState}'s allowed changes when it is
 * made, so that an illegal one fails before anything is written, naming both states. Every update
 * of a job's state in storage is built from one (the state it sets, the state it requires), and so
 * is the history row that records it.
 *
 * @param from the state the jobs are in
 * @param to the state they change to
 */
record StateChange(JobState from, JobState to) {

  /** A server claims a ready job. */
  /**
   * The names of the states of a job that has not ended: it waits, or runs. Inline them in a
   * statement (as the states here are), so that PostgreSQL's generic plans still use the partial
   * indexes they name.
   */
  static final List<String> UNFINISHED =
      Arrays.stream(JobState.values()).filter(state -> !state.isFinal()).map(Enum::name).toList();

  static final StateChange CLAIM = new StateChange(JobState.ENQUEUED, JobState.PROCESSING);

  /** A job ran to the end. */
  static final StateChange SUCCESS = new StateChange(JobState.PROCESSING, JobState.SUCCEEDED);

  /** A job goes back to its queue: its server stopped, died or lost the claim's answer. */
  static final StateChange HAND_BACK = new StateChange(JobState.PROCESSING, JobState.ENQUEUED);

  /** A scheduled job's time came. */
  static final StateChange DUE = new StateChange(JobState.SCHEDULED, JobState.ENQUEUED);

  StateChange {
    if (!from.canChangeTo(to)) {
      throw new IllegalStateException(
          "A job cannot change from "
              + from
              + " to "
              + to
              + ": "
              + to
              + " can only be reached from "
              + to.sources());
    }
  }

  /** The change a job makes from the state it was found in, checked with the job named. */
  static StateChange of(JobId job, JobState from, JobState to) {
    from.checkChangeTo(to, job);
    return new StateChange(from, to);
  }

  /** The change that records how an attempt ended. */
  static StateChange ending(Outcome outcome) {
    return new StateChange(JobState.PROCESSING, outcome.state());
  }

  /** The condition an update needs: the job is in the state this change leaves. */
  Condition isFrom() {
    // Inline: a constant of the statement, which PostgreSQL plans with the partial index it names.
    return STOKER_JOB.STATE.eq(inline(from.name()));
  }

  /** The columns an update sets: the new state, and when it was entered. */
  Map<Field<?>, Object> sets(Instant now) {
    Map<Field<?>, Object> sets = new LinkedHashMap<>();
    sets.put(STOKER_JOB.STATE, to.name());
    sets.put(STOKER_JOB.STATE_CHANGED_AT, now);
    return sets;
  }

  /** The history row of one job's change. */
  HistoryRow row(
      JobId job, int attempt, Instant at, String reason, String serverId, ExceptionInfo e) {
    return new HistoryRow(job, at, from, to, reason, serverId, attempt, e, null, null);
  }

  /** The history row of one job's change, which no exception caused. */
  HistoryRow row(JobId job, int attempt, Instant at, String reason, String serverId) {
    return row(job, attempt, at, reason, serverId, null);
  }
}
