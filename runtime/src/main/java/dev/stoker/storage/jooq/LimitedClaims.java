package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_JOB_START;
import static dev.stoker.schema.Tables.STOKER_LIMIT_LOCK;
import static dev.stoker.schema.Tables.STOKER_QUEUE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import dev.stoker.JobState;
import dev.stoker.storage.ClaimedJob;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record6;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Claims jobs that have limits, in one transaction: the ready jobs of the queue whose concurrency
 * key is not full, locked; then the lock row of each limit they count against (their concurrency
 * key, their rate key, the queue's limit), in key order so that claims never wait on each other in
 * a circle; then, with those rows held, what each limit has left, counted afresh from the committed
 * rows; then the jobs that fit, in the queue's order. Claims of one key take turns on its lock row,
 * so every server counts what the one before it claimed, and a limit holds across servers.
 */
final class LimitedClaims {

  /** How many ready jobs a claim looks through per job it wants, to pass over full keys. */
  private static final int CANDIDATES_PER_JOB = 2;

  private static final int MAX_CANDIDATES = 1000;

  /** Inline, so that PostgreSQL's generic plans use the partial indexes of running jobs. */
  static final Field<String> PROCESSING = inline(JobState.PROCESSING.name());

  private final DSLContext tx;

  LimitedClaims(DSLContext tx) {
    this.tx = tx;
  }

  /** One ready job and the limits it counts against. */
  private record Candidate(UUID id, List<Gate> gates) {}

  /** One limit (a lock row's key maps to it): how many more starts it allows now. */
  private static final class Gate {
    int left;
  }

  List<ClaimedJob> claim(
      String serverId,
      String queue,
      Collection<String> jobNames,
      int limit,
      int queueLimit,
      Instant now) {
    var j = STOKER_JOB;
    var running = STOKER_JOB.as("running");
    int candidates = Math.min(MAX_CANDIDATES, limit * CANDIDATES_PER_JOB);
    List<Record6<UUID, String, Integer, String, Integer, Long>> ready =
        tx.select(
                j.ID,
                j.CONCURRENCY_KEY,
                j.CONCURRENCY_LIMIT,
                j.RATE_KEY,
                j.RATE_LIMIT,
                j.RATE_PERIOD_MS)
            .from(j)
            .where(StateChange.CLAIM.isFrom())
            .and(j.QUEUE.eq(queue))
            .and(j.NAME.in(jobNames))
            .andNotExists(selectOne().from(STOKER_QUEUE).where(STOKER_QUEUE.NAME.eq(queue)))
            // A key already full is passed over here, so that its jobs do not hide the others.
            .and(
                j.CONCURRENCY_KEY
                    .isNull()
                    .or(
                        selectCount()
                            .from(running)
                            .where(running.STATE.eq(PROCESSING))
                            .and(running.CONCURRENCY_KEY.eq(j.CONCURRENCY_KEY))
                            .asField()
                            .lt(j.CONCURRENCY_LIMIT)))
            .orderBy(j.PRIORITY.desc(), j.ID)
            .limit(candidates)
            .forUpdate()
            .skipLocked()
            .fetch();
    if (ready.isEmpty()) {
      return List.of();
    }
    Map<String, Gate> gates = new HashMap<>();
    Map<String, Integer> concurrencyLimits = new HashMap<>();
    Map<String, Integer> rateLimits = new HashMap<>();
    Map<String, Duration> ratePeriods = new HashMap<>();
    List<Candidate> jobs = new ArrayList<>();
    for (var row : ready) {
      List<Gate> jobGates = new ArrayList<>();
      if (row.value2() != null) {
        jobGates.add(gates.computeIfAbsent(concurrencyLock(row.value2()), key -> new Gate()));
        concurrencyLimits.put(row.value2(), row.value3());
      }
      if (row.value4() != null) {
        jobGates.add(gates.computeIfAbsent(rateLock(row.value4()), key -> new Gate()));
        rateLimits.put(row.value4(), row.value5());
        ratePeriods.put(row.value4(), Duration.ofMillis(row.value6()));
      }
      if (queueLimit > 0) {
        jobGates.add(gates.computeIfAbsent(queueLock(queue), key -> new Gate()));
      }
      jobs.add(new Candidate(row.value1(), jobGates));
    }
    lock(new TreeSet<>(gates.keySet()));
    countRunning(concurrencyLimits, gates);
    countStarts(rateLimits, ratePeriods, gates, now);
    if (queueLimit > 0) {
      gates.get(queueLock(queue)).left = queueLimit - runningInQueue(queue);
    }
    List<UUID> taken = new ArrayList<>();
    for (Candidate job : jobs) {
      if (taken.size() == limit) {
        break;
      }
      if (job.gates().stream().allMatch(gate -> gate.left > 0)) {
        job.gates().forEach(gate -> gate.left--);
        taken.add(job.id());
      }
    }
    if (taken.isEmpty()) {
      return List.of();
    }
    List<ClaimedJob> claimed = PortableStatements.markClaimed(tx, taken, serverId, now);
    if (!rateLimits.isEmpty()) {
      recordStarts(taken, now);
    }
    return claimed;
  }

  /**
   * Locks the rows of the keys, in key order, creating those that do not exist yet: one insert of
   * them all, which passes over the rows that exist without locking them, then one locking read.
   * Both go in key order, so two claims never wait on each other in a circle.
   */
  private void lock(TreeSet<String> keys) {
    var l = STOKER_LIMIT_LOCK;
    var insert = tx.insertInto(l, l.LOCK_KEY);
    for (String key : keys) {
      insert = insert.values(key);
    }
    try {
      insert.onConflictDoNothing().execute();
    } catch (IntegrityConstraintViolationException anotherClaimCreatedOne) {
      // H2's emulation of the insert cannot see a row not committed yet, and then inserts none of
      // them: insert them one by one, passing over those that exist now.
      for (String key : keys) {
        try {
          tx.insertInto(l).set(l.LOCK_KEY, key).onConflictDoNothing().execute();
        } catch (IntegrityConstraintViolationException exists) {
          // Created by another claim meanwhile.
        }
      }
    }
    tx.select(l.LOCK_KEY)
        .from(l)
        .where(l.LOCK_KEY.in(keys))
        .orderBy(l.LOCK_KEY)
        .forUpdate()
        .fetch();
  }

  private void countRunning(Map<String, Integer> limits, Map<String, Gate> gates) {
    if (limits.isEmpty()) {
      return;
    }
    var j = STOKER_JOB;
    Map<String, Integer> running =
        tx.select(j.CONCURRENCY_KEY, count())
            .from(j)
            .where(j.STATE.eq(PROCESSING))
            .and(j.CONCURRENCY_KEY.in(limits.keySet()))
            .groupBy(j.CONCURRENCY_KEY)
            .fetchMap(j.CONCURRENCY_KEY, count());
    limits.forEach(
        (key, limit) ->
            gates.get(concurrencyLock(key)).left = limit - running.getOrDefault(key, 0));
  }

  private void countStarts(
      Map<String, Integer> limits,
      Map<String, Duration> periods,
      Map<String, Gate> gates,
      Instant now) {
    var s = STOKER_JOB_START;
    limits.forEach(
        (key, limit) -> {
          Instant windowStart = now.minus(periods.get(key));
          tx.deleteFrom(s).where(s.RATE_KEY.eq(key)).and(s.STARTED_AT.le(windowStart)).execute();
          int starts = tx.fetchCount(s, s.RATE_KEY.eq(key).and(s.STARTED_AT.gt(windowStart)));
          gates.get(rateLock(key)).left = limit - starts;
        });
  }

  private int runningInQueue(String queue) {
    var j = STOKER_JOB;
    return tx.fetchCount(j, j.STATE.eq(PROCESSING).and(j.QUEUE.eq(queue)));
  }

  /** Records the starts of the claimed jobs that have a rate limit. */
  private void recordStarts(List<UUID> claimed, Instant now) {
    var j = STOKER_JOB;
    var s = STOKER_JOB_START;
    tx.insertInto(s, s.RATE_KEY, s.STARTED_AT, s.JOB_ID)
        .select(
            select(j.RATE_KEY, val(now), j.ID)
                .from(j)
                .where(j.ID.in(claimed))
                .and(j.RATE_KEY.isNotNull()))
        .execute();
  }

  static String concurrencyLock(String key) {
    return "concurrency:" + key;
  }

  static String rateLock(String key) {
    return "rate:" + key;
  }

  static String queueLock(String queue) {
    return "queue:" + queue;
  }
}
