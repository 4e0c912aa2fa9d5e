package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_UNIQUE_JOB;

import dev.stoker.Enqueued;
import dev.stoker.JobId;
import dev.stoker.storage.NewJob;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Stores unique jobs: the key's row in {@code stoker_unique_job} names the job that holds it, and
 * its primary key lets one enqueue at a time take it, whichever the server. A second enqueue finds
 * the row, locks it, and returns its job while that one still holds the key; once it no longer does
 * (ended, or past its {@code unique_until}), the enqueue takes the row over for its own job.
 */
final class UniqueJobs {

  /** H2 may refuse an insert of a key another transaction was committing: look again. */
  private static final int ATTEMPTS = 20;

  private final DSLContext tx;
  private final Statements statements;

  UniqueJobs(DSLContext tx, Statements statements) {
    this.tx = tx;
    this.statements = statements;
  }

  Enqueued insert(NewJob job, String key, Instant uniqueUntil, Instant now, boolean notifyServers) {
    var u = STOKER_UNIQUE_JOB;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      if (takeFreeKey(job, key, uniqueUntil)) {
        new Inserts(tx, statements).insert(List.of(job), now, notifyServers);
        return new Enqueued(job.id(), false);
      }
      Record2<UUID, Instant> holder =
          tx.select(u.JOB_ID, u.UNIQUE_UNTIL)
              .from(u)
              .where(u.UNIQUE_KEY.eq(key))
              .forUpdate()
              .fetchOne();
      if (holder == null) {
        continue; // the holder's transaction rolled back: try to take the key again
      }
      if (stillHolds(holder.value1(), holder.value2(), now)) {
        return new Enqueued(new JobId(holder.value1()), true);
      }
      tx.update(u)
          .set(u.JOB_ID, job.id().value())
          .set(u.UNIQUE_UNTIL, uniqueUntil)
          .where(u.UNIQUE_KEY.eq(key))
          .execute();
      new Inserts(tx, statements).insert(List.of(job), now, notifyServers);
      return new Enqueued(job.id(), false);
    }
    throw new IllegalStateException(
        "Could not store unique job '"
            + job.name()
            + "': its key '"
            + key
            + "' kept changing hands; try again");
  }

  /** Inserts the key's row for the job; false if the key has a row already. */
  private boolean takeFreeKey(NewJob job, String key, Instant uniqueUntil) {
    var u = STOKER_UNIQUE_JOB;
    try {
      return tx.insertInto(u)
              .set(u.UNIQUE_KEY, key)
              .set(u.JOB_ID, job.id().value())
              .set(u.UNIQUE_UNTIL, uniqueUntil)
              .onConflictDoNothing()
              .execute()
          == 1;
    } catch (IntegrityConstraintViolationException anotherEnqueueWasFirst) {
      // H2 emulates the insert with MERGE, which cannot see a key not committed yet: its unique
      // index refuses the second insert, and leaves the transaction usable.
      return false;
    }
  }

  private boolean stillHolds(UUID jobId, Instant until, Instant now) {
    if (until != null) {
      return until.isAfter(now);
    }
    var j = STOKER_JOB;
    String state = tx.select(j.STATE).from(j).where(j.ID.eq(jobId)).fetchOne(j.STATE);
    return state != null && StateChange.UNFINISHED.contains(state);
  }
}
