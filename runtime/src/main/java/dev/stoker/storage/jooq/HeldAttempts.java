package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;

import dev.stoker.JobState;
import dev.stoker.storage.ClaimedJob;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Tells which of a server's running attempts it still holds. */
final class HeldAttempts {

  private final DSLContext dsl;

  HeldAttempts(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * The attempts whose job was deleted, handed to another attempt, or removed. A server taken for
   * dead may run two attempts of one job: the one handed back, and the one it claimed again.
   */
  Set<ClaimedJob> notHeld(String serverId, Collection<ClaimedJob> running) {
    if (running.isEmpty()) {
      return Set.of();
    }
    var j = STOKER_JOB;
    Map<UUID, Integer> currentAttempts =
        dsl.select(j.ID, j.ATTEMPT)
            .from(j)
            .where(j.ID.in(running.stream().map(job -> job.id().value()).toList()))
            .and(j.STATE.eq(JobState.PROCESSING.name()))
            .and(j.SERVER_ID.eq(serverId))
            .fetchMap(j.ID, j.ATTEMPT);
    return running.stream()
        .filter(
            job -> !Integer.valueOf(job.attempt()).equals(currentAttempts.get(job.id().value())))
        .collect(Collectors.toSet());
  }
}
