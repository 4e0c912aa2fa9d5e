package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_JOB_HISTORY;
import static dev.stoker.schema.Tables.STOKER_UNIQUE_JOB;

import dev.stoker.JobState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Removes SUCCEEDED and DELETED jobs once they have expired, a bounded batch at a time, with their
 * history and the unique keys they held. FAILED jobs stay until a person acts.
 */
final class Retention {

  private static final List<String> EXPIRING =
      List.of(JobState.SUCCEEDED.name(), JobState.DELETED.name());

  private final DSLContext tx;

  Retention(DSLContext tx) {
    this.tx = tx;
  }

  int removeExpired(Instant changedBefore, int limit) {
    var j = STOKER_JOB;
    // The ids first: H2 would evaluate a limited subquery again as the deletion goes on.
    List<UUID> expired =
        tx.select(j.ID)
            .from(j)
            .where(j.STATE.in(EXPIRING))
            .and(j.STATE_CHANGED_AT.lt(changedBefore))
            .limit(limit)
            .forUpdate()
            .skipLocked()
            .fetch(j.ID);
    removeUniqueKeysHeldUntil(changedBefore, limit);
    if (expired.isEmpty()) {
      return 0;
    }
    var h = STOKER_JOB_HISTORY;
    tx.deleteFrom(h).where(h.JOB_ID.in(expired)).execute();
    // A key held while its job was unfinished holds nothing once the job ended.
    var u = STOKER_UNIQUE_JOB;
    tx.deleteFrom(u).where(u.JOB_ID.in(expired)).and(u.UNIQUE_UNTIL.isNull()).execute();
    // The dependencies go with the job (on delete cascade).
    return tx.deleteFrom(j).where(j.ID.in(expired)).execute();
  }

  /**
   * A key held until a time holds nothing after it, whatever its job's state: those whose time is
   * older than the retention go, whether their job is still stored or not.
   */
  private void removeUniqueKeysHeldUntil(Instant before, int limit) {
    var u = STOKER_UNIQUE_JOB;
    List<String> passed =
        tx.select(u.UNIQUE_KEY)
            .from(u)
            .where(u.UNIQUE_UNTIL.lt(before))
            .limit(limit)
            .forUpdate()
            .skipLocked()
            .fetch(u.UNIQUE_KEY);
    if (!passed.isEmpty()) {
      tx.deleteFrom(u).where(u.UNIQUE_KEY.in(passed)).execute();
    }
  }
}
