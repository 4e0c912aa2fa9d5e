package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_RECURRING_JOB;

import dev.stoker.JobId;
import dev.stoker.recurring.RecurringJobRow;
import dev.stoker.storage.JobGates;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * A fire of a recurring job with a concurrency limit that finds as many runs still going (waiting
 * or running) as the limit allows: it is skipped, not queued behind them, so that a job every
 * minute that takes three does not pile up. The skipped fire's job is stored DELETED, its history
 * saying why, and the recurring job counts it.
 */
record FireSkip(String reason) {

  /** The skip of this fire time, if the runs still going fill the job's limit. */
  static Optional<FireSkip> find(
      DSLContext tx, RecurringJobRow row, JobGates limits, Instant fireTime) {
    if (limits.concurrencyKey() == null) {
      return Optional.empty();
    }
    var j = STOKER_JOB;
    List<Record2<UUID, String>> going =
        tx.select(j.ID, j.STATE)
            .from(j)
            .where(j.CONCURRENCY_KEY.eq(limits.concurrencyKey()))
            .and(j.STATE.in(StateChange.UNFINISHED.stream().map(DSL::inline).toList()))
            .orderBy(j.ID)
            .limit(limits.concurrencyLimit())
            .fetch();
    if (going.size() < limits.concurrencyLimit()) {
      return Optional.empty();
    }
    Record2<UUID, String> previous = going.getLast();
    return Optional.of(
        new FireSkip(
            "Skipped fire time "
                + fireTime
                + " of recurring job '"
                + row.id()
                + "': job "
                + previous.value1()
                + " is still "
                + previous.value2()
                + (limits.concurrencyLimit() == 1
                    ? ", and the job runs one at a time"
                    : ", and the job runs " + limits.concurrencyLimit() + " at a time")));
  }

  /** Counts the skip on the recurring job. */
  void record(DSLContext tx, RecurringJobRow row, JobId skipped, Instant now) {
    var r = STOKER_RECURRING_JOB;
    tx.update(r)
        .set(r.SKIPPED_FIRES, r.SKIPPED_FIRES.plus(1))
        .set(r.LAST_SKIPPED_AT, now)
        .set(r.LAST_SKIPPED_JOB_ID, skipped.value())
        .where(r.ID.eq(row.id()))
        .execute();
  }
}
