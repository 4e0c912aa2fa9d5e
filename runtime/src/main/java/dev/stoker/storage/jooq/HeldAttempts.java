package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.storage.ClaimedJob;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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

  /** The attempts whose job was deleted, handed to another attempt, or removed. */
  Set<JobId> notHeld(String serverId, Collection<ClaimedJob> running) {
    if (running.isEmpty()) {
      return Set.of();
    }
    var j = STOKER_JOB;
    Map<UUID, Integer> attempts =
        running.stream().collect(Collectors.toMap(job -> job.id().value(), ClaimedJob::attempt));
    List<UUID> held =
        dsl
            .select(j.ID, j.ATTEMPT)
            .from(j)
            .where(j.ID.in(attempts.keySet()))
            .and(j.STATE.eq(JobState.PROCESSING.name()))
            .and(j.SERVER_ID.eq(serverId))
            .fetch()
            .stream()
            .filter(row -> row.value2().equals(attempts.get(row.value1())))
            .map(row -> row.value1())
            .toList();
    Set<JobId> notHeld = new HashSet<>();
    attempts.keySet().stream()
        .filter(id -> !held.contains(id))
        .forEach(id -> notHeld.add(new JobId(id)));
    return notHeld;
  }
}
