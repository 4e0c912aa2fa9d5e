package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_RECURRING_JOB;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.recurring.FirePlan;
import dev.stoker.recurring.FirePlanner;
import dev.stoker.recurring.RecurringJobRow;
import dev.stoker.storage.JobGates;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Creates the jobs of recurring jobs: one per fire time, enforced by the unique key on {@code
 * (recurring_id, fire_time)}, so that servers firing at once create it once between them.
 */
final class Fires {

  private final DSLContext tx;
  private final Statements statements;
  private final Function<RecurringJobRow, JobGates> gates;

  Fires(DSLContext tx, Statements statements, Function<RecurringJobRow, JobGates> gates) {
    this.tx = tx;
    this.statements = statements;
    this.gates = gates;
  }

  int fireDue(
      Instant now,
      int limit,
      BiFunction<RecurringJobRow, Instant, FirePlan> planner,
      Supplier<JobId> newIds) {
    var r = STOKER_RECURRING_JOB;
    // The lock spares servers from planning the same fire; the unique key is what guarantees it.
    List<RecurringJobRow> due =
        tx.selectFrom(r)
            .where(r.NEXT_FIRE_AT.le(now))
            .orderBy(r.NEXT_FIRE_AT, r.ID)
            .limit(limit)
            .forUpdate()
            .skipLocked()
            .fetch(RecurringRows::toRow);
    for (RecurringJobRow row : due) {
      FirePlan plan = planner.apply(row, now);
      JobGates limits = gates.apply(row);
      JobId last = null;
      Instant lastFire = null;
      for (Instant fireTime : plan.fireTimes()) {
        JobId id = newIds.get();
        Optional<FireSkip> skip = FireSkip.find(tx, row, limits, fireTime);
        if (skip.isPresent()) {
          if (insertJob(row, limits, id, fireTime, now, JobState.DELETED, skip.get().reason())) {
            skip.get().record(tx, row, id, now);
          }
          continue;
        }
        if (insertJob(
            row, limits, id, fireTime, now, JobState.ENQUEUED, reason(row, fireTime, now, plan))) {
          last = id;
          lastFire = fireTime;
        }
      }
      var update = tx.update(r).set(r.NEXT_FIRE_AT, plan.nextFireAt());
      if (last != null) {
        update = update.set(r.LAST_FIRE_AT, lastFire).set(r.LAST_JOB_ID, last.value());
      }
      update.where(r.ID.eq(row.id())).execute();
    }
    return due.size();
  }

  Optional<JobId> trigger(String id, Instant now, JobId newId) {
    return trigger(id, now, newId, "Triggered from recurring job '" + id + "'");
  }

  Optional<JobId> trigger(String id, Instant now, JobId newId, String reason) {
    var r = STOKER_RECURRING_JOB;
    Optional<RecurringJobRow> row = new RecurringRows(tx).findForUpdate(id);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    insertJob(row.get(), gates.apply(row.get()), newId, null, now, JobState.ENQUEUED, reason);
    tx.update(r)
        .set(r.LAST_FIRE_AT, now)
        .set(r.LAST_JOB_ID, newId.value())
        .where(r.ID.eq(id))
        .execute();
    return Optional.of(newId);
  }

  private static String reason(RecurringJobRow row, Instant fireTime, Instant now, FirePlan plan) {
    String reason = "Fire time " + fireTime + " of recurring job '" + row.id() + "'";
    Duration late = Duration.between(fireTime, now);
    if (late.compareTo(FirePlanner.ON_TIME) > 0) {
      reason += ", " + late.toSeconds() + " s late: the fire times missed until then run once";
    }
    return reason;
  }

  /**
   * Creates the job of one fire time, with its first history entry; false, creating nothing, if the
   * fire time already has its job.
   */
  private boolean insertJob(
      RecurringJobRow row,
      JobGates limits,
      JobId id,
      Instant fireTime,
      Instant now,
      JobState state,
      String reason) {
    var j = STOKER_JOB;
    int inserted;
    try {
      inserted =
          tx.insertInto(j)
              .set(j.ID, id.value())
              .set(j.NAME, row.jobName())
              .set(j.QUEUE, row.queue())
              .set(j.PRIORITY, row.priority())
              .set(j.STATE, state.name())
              .set(j.ARGUMENTS, JSONB.valueOf(row.arguments()))
              .set(j.MAX_RETRIES, row.maxRetries())
              .set(j.RUN_AT, now)
              .set(j.CREATED_AT, now)
              .set(j.STATE_CHANGED_AT, now)
              .set(j.RECURRING_ID, row.id())
              .set(j.FIRE_TIME, fireTime)
              .set(j.CONCURRENCY_KEY, limits.concurrencyKey())
              .set(
                  j.CONCURRENCY_LIMIT,
                  limits.concurrencyKey() == null ? null : limits.concurrencyLimit())
              .set(j.RATE_KEY, limits.rateKey())
              .set(j.RATE_LIMIT, limits.rateKey() == null ? null : limits.rateLimit())
              .set(
                  j.RATE_PERIOD_MS,
                  limits.rateKey() == null ? null : limits.ratePeriod().toMillis())
              .onConflict(j.RECURRING_ID, j.FIRE_TIME)
              .where(statements.fireTimeIsUnique())
              .doNothing()
              .execute();
    } catch (IntegrityConstraintViolationException anotherServerWasFirst) {
      // On H2, jOOQ's MERGE cannot see a fire another transaction has not committed yet: then the
      // unique index refuses the second insert, which leaves this transaction usable on H2.
      inserted = 0;
    }
    if (inserted == 0) {
      return false;
    }
    new HistoryRows().add(HistoryRow.created(id, state, now, reason)).insert(tx);
    return true;
  }
}
