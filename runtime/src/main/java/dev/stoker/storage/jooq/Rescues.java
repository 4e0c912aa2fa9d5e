package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_SERVER;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import dev.stoker.JobId;
import dev.stoker.storage.Rescue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.types.DayToSecond;

/**
 * Hands back to their queues the jobs of servers that are gone: dead ones (heartbeat older than the
 * timeout, by the database's clock) and unregistered ones; and the claims a server lost the answer
 * to.
 */
final class Rescues {

  private final DSLContext tx;
  private final String rescuerId;
  private final Instant now;

  Rescues(DSLContext tx, String rescuerId, Instant now) {
    this.tx = tx;
    this.rescuerId = rescuerId;
    this.now = now;
  }

  List<Rescue> rescueJobsOfDeadServers(Duration timeout) {
    List<Rescue> rescues = new ArrayList<>();
    HistoryRows history = new HistoryRows();
    var s = STOKER_SERVER;
    List<Record2<String, Instant>> dead =
        tx.select(s.ID, s.HEARTBEAT_AT)
            .from(s)
            .where(s.HEARTBEAT_AT.lt(DatabaseClock.now().minus(val(DayToSecond.valueOf(timeout)))))
            .and(s.ID.ne(rescuerId))
            .forUpdate()
            .skipLocked()
            .fetch();
    for (Record2<String, Instant> server : dead) {
      String id = server.value1();
      String reason =
          "Server "
              + id
              + " stopped beating its heartbeat (last beat at "
              + server.value2()
              + " by the database's clock): handed back";
      int jobs = handBack(STOKER_JOB.SERVER_ID.eq(id), reason, history);
      tx.deleteFrom(s).where(s.ID.eq(id)).execute();
      rescues.add(new Rescue(id, server.value2(), jobs));
    }
    for (String id : unregisteredHolders()) {
      String reason = "Server " + id + ", which ran it, is no longer registered: handed back";
      int jobs =
          handBack(
              STOKER_JOB.SERVER_ID.eq(id).and(notExists(selectOne().from(s).where(s.ID.eq(id)))),
              reason,
              history);
      rescues.add(new Rescue(id, null, jobs));
    }
    history.insert(tx);
    return rescues;
  }

  /** Servers that hold PROCESSING jobs without being registered (this one aside). */
  private List<String> unregisteredHolders() {
    var j = STOKER_JOB;
    var s = STOKER_SERVER;
    return tx.selectDistinct(j.SERVER_ID)
        .from(j)
        .where(StateChange.HAND_BACK.isFrom())
        .and(j.SERVER_ID.ne(rescuerId))
        .and(notExists(selectOne().from(s).where(s.ID.eq(j.SERVER_ID))))
        .fetch(j.SERVER_ID);
  }

  /** Hands back the server's PROCESSING jobs that it does not run; returns how many. */
  int handBackUnknownClaims(Set<JobId> running) {
    List<UUID> known = running.stream().map(JobId::value).toList();
    HistoryRows history = new HistoryRows();
    int jobs =
        handBack(
            STOKER_JOB.SERVER_ID.eq(rescuerId).and(STOKER_JOB.ID.notIn(known)),
            "Claimed by server "
                + rescuerId
                + ", which lost the answer with its database connection: handed back",
            history);
    history.insert(tx);
    return jobs;
  }

  /** Puts the PROCESSING jobs that meet the condition back on their queues, now. */
  private int handBack(Condition held, String reason, HistoryRows history) {
    var j = STOKER_JOB;
    StateChange change = StateChange.HAND_BACK;
    // Their attempts' starts first, which the update overwrites: locked, so none ends meanwhile.
    var running =
        tx.select(j.ID, j.ATTEMPT, j.STATE_CHANGED_AT, j.SERVER_ID)
            .from(j)
            .where(change.isFrom())
            .and(held)
            .forUpdate()
            .fetch();
    if (running.isEmpty()) {
      return 0;
    }
    tx.update(j)
        .set(change.sets(now))
        .set(j.RUN_AT, now)
        .setNull(j.SERVER_ID)
        .where(j.ID.eq(Ids.any(running.getValues(j.ID))))
        .execute();
    for (var job : running) {
      history.add(
          change
              .row(new JobId(job.value1()), job.value2(), now, reason, rescuerId)
              .withStart(job.value3(), job.value4()));
    }
    return running.size();
  }
}
