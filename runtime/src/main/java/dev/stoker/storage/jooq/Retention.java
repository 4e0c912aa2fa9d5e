package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_JOB_HISTORY;

import dev.stoker.JobState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Removes SUCCEEDED and DELETED jobs once they have expired, a bounded batch at a time, with their
 * history. FAILED jobs stay until a person acts.
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
    if (expired.isEmpty()) {
      return 0;
    }
    var h = STOKER_JOB_HISTORY;
    tx.deleteFrom(h).where(h.JOB_ID.in(expired)).execute();
    // The dependencies go with the job (on delete cascade).
    return tx.deleteFrom(j).where(j.ID.in(expired)).execute();
  }
}
