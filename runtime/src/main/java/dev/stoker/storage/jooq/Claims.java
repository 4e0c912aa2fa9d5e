package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_QUEUE;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.array;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.schema.tables.records.StokerJobRecord;
import dev.stoker.storage.ClaimedJob;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * Claims ready jobs for a server: one statement locks them with {@code FOR UPDATE SKIP LOCKED}, so
 * that servers claiming at once get disjoint jobs, and marks them PROCESSING. A server claims only
 * the jobs it has handlers for, so that during a rolling deploy old servers leave new kinds of job
 * to the new ones, and no job of a paused queue.
 */
final class Claims {

  private static final String ENQUEUED = JobState.ENQUEUED.name();

  /** What a claim reads of each job it claims, on every database. */
  static final List<Field<?>> CLAIMED_COLUMNS =
      List.of(
          STOKER_JOB.ID,
          STOKER_JOB.NAME,
          STOKER_JOB.QUEUE,
          STOKER_JOB.ARGUMENTS,
          STOKER_JOB.ATTEMPT,
          STOKER_JOB.FAILURE_COUNT,
          STOKER_JOB.MAX_RETRIES,
          STOKER_JOB.PRIORITY);

  private final DSLContext tx;

  Claims(DSLContext tx) {
    this.tx = tx;
  }

  List<ClaimedJob> claim(
      String serverId, String queue, Collection<String> jobNames, int limit, Instant now) {
    if (jobNames.isEmpty()) {
      return List.of();
    }
    var j = STOKER_JOB;
    // One bound array (= any(?) on PostgreSQL): the statement stays the same whatever the names,
    // and the ready-job index still finds the queue's jobs in order.
    Select<Record1<UUID>> ready =
        tx.select(j.ID)
            .from(j)
            .where(j.STATE.eq(ENQUEUED))
            .and(j.QUEUE.eq(queue))
            .and(j.NAME.eq(any(jobNames.toArray(String[]::new))))
            .andNotExists(pausedQueue(DSL.val(queue)))
            .orderBy(j.PRIORITY.desc(), j.ID)
            .limit(limit)
            .forUpdate()
            .skipLocked();
    Result<StokerJobRecord> claimed =
        tx.update(j)
            .set(j.STATE, JobState.PROCESSING.name())
            .set(j.ATTEMPT, j.ATTEMPT.plus(1))
            .set(j.SERVER_ID, serverId)
            .set(j.STATE_CHANGED_AT, now)
            .where(oneRunOf(ready))
            .and(j.STATE.eq(ENQUEUED))
            .returning(CLAIMED_COLUMNS)
            .fetch();
    // RETURNING keeps no order: restore the queue's.
    List<ClaimedJob> jobs =
        claimed.stream()
            .sorted(
                Comparator.comparing(StokerJobRecord::getPriority)
                    .reversed()
                    .thenComparing(StokerJobRecord::getId))
            .map(Claims::toClaimedJob)
            .toList();
    started(jobs, serverId, now).insert(tx);
    return jobs;
  }

  /** The history entries of claimed jobs that start on the server. */
  static HistoryRows started(List<ClaimedJob> jobs, String serverId, Instant now) {
    HistoryRows history = new HistoryRows();
    for (ClaimedJob job : jobs) {
      history.add(
          job.id(),
          now,
          JobState.ENQUEUED,
          JobState.PROCESSING,
          "Started, attempt " + job.attempt(),
          serverId,
          job.attempt(),
          null);
    }
    return history;
  }

  /**
   * The queue's row in {@code stoker_queue}, there while a person paused it: a claim finds no job
   * of a paused queue, so none is claimed once the pause committed.
   */
  static Select<Record1<Integer>> pausedQueue(Field<String> queue) {
    return DSL.selectOne().from(STOKER_QUEUE).where(STOKER_QUEUE.NAME.eq(queue));
  }

  /**
   * The ids the subquery selects, with the subquery run once. On PostgreSQL, {@code IN (SELECT ...
   * LIMIT n FOR UPDATE SKIP LOCKED)} may run the subquery again for each row it compares, each time
   * skipping the rows it locked before, and so claim far more than {@code n}; {@code =
   * ANY(ARRAY(...))} runs it once. H2 runs the {@code IN} form once, and not the other.
   */
  private Condition oneRunOf(Select<Record1<UUID>> ready) {
    var j = STOKER_JOB;
    return tx.dialect().family() == SQLDialect.POSTGRES
        ? j.ID.eq(any(array(ready)))
        : j.ID.in(ready);
  }

  static ClaimedJob toClaimedJob(StokerJobRecord row) {
    return new ClaimedJob(
        new JobId(row.getId()),
        row.getName(),
        row.getQueue(),
        row.getArguments().data(),
        row.getAttempt(),
        row.getFailureCount(),
        row.getMaxRetries());
  }
}
