package dev.stoker.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * The workloads of the issue, the same for every target, each on a fresh database and each checked
 * against the bench's tally and the target's own tables.
 */
final class Workloads {

  static final Duration DEADLINE = Duration.ofMinutes(3);
  private static final int LATENCY_WORKERS = 8;
  private static final int LATENCY_WARM_UP = 5;

  private final PostgresServer server;
  private final Templates templates;
  private final Runnable onMeasuring;

  /**
   * @param server where each measurement gets its fresh database
   * @param onMeasuring called when the measured part of a workload begins (setup done)
   */
  Workloads(PostgresServer server, Runnable onMeasuring) {
    this.server = server;
    this.templates = new Templates(server);
    this.onMeasuring = onMeasuring;
  }

  Workloads(PostgresServer server) {
    this(server, () -> {});
  }

  Templates templates() {
    return templates;
  }

  /** Single calls, each its own transaction, from {@code threads} threads; no server running. */
  Rate enqueue(Target target, int count, int threads) throws Exception {
    try (FreshDatabase db = server.freshDatabase()) {
      createSchema(target, db);
      DatabaseCounters before = DatabaseCounters.read(server, db.name());
      onMeasuring.run();
      long elapsed;
      try (HikariDataSource pool = db.pool(threads + 2);
          Target.Client client = target.client(pool)) {
        elapsed = InParallel.run(threads, count, client::enqueue);
      }
      DatabaseCounters after = DatabaseCounters.read(server, db.name());
      expectWaiting(target, db, count);
      return new Rate(count / seconds(elapsed), after.since(before, count), count);
    }
  }

  /** The target's bulk API, one call for all jobs; no server running. */
  Rate enqueueAll(Target target, int count) throws Exception {
    try (FreshDatabase db = server.freshDatabase()) {
      createSchema(target, db);
      DatabaseCounters before = DatabaseCounters.read(server, db.name());
      onMeasuring.run();
      long elapsed;
      try (HikariDataSource pool = db.pool(2);
          Target.Client client = target.client(pool)) {
        long start = System.nanoTime();
        client.enqueueAll(count);
        elapsed = System.nanoTime() - start;
      }
      DatabaseCounters after = DatabaseCounters.read(server, db.name());
      expectWaiting(target, db, count);
      return new Rate(count / seconds(elapsed), after.since(before, count), count);
    }
  }

  /**
   * {@code count} jobs queued beforehand (a copy of a template written with the target's bulk API),
   * drained by a server with {@code workers} workers.
   */
  Rate drain(Target target, int count, int workers, Duration cap) throws Exception {
    try (FreshDatabase db = templates.queued(target, count)) {
      return drain(target, db, workers, count, count, cap);
    }
  }

  /**
   * Runs a server on the database until {@code goal} of its {@code queued} jobs are done, or until
   * {@code cap} has passed; timed from the first job's start until the database shows them done.
   * Verified: no job ran twice, the database shows done exactly the jobs that ran, and the rest
   * still waiting (but for those a stopping peer left claimed, which it recovers later).
   */
  Rate drain(Target target, FreshDatabase db, int workers, int queued, int goal, Duration cap)
      throws Exception {
    DatabaseCounters before = DatabaseCounters.read(server, db.name());
    onMeasuring.run();
    Tally tally = Tally.expect(queued);
    long end;
    long timed;
    try (HikariDataSource pool = db.pool(workers + 4)) {
      try (Target.Server running = target.server(pool, workers)) {
        if (tally.reached(goal, cap)) {
          end = awaitDone(target, pool, queued, goal);
          timed = goal;
        } else {
          timed = target.done(pool, queued);
          end = System.nanoTime();
        }
      }
    }
    DatabaseCounters after = DatabaseCounters.read(server, db.name());
    String what = target.name() + " drain";
    if (tally.distinct() == 0) {
      throw new IllegalStateException(what + ": no job ran within " + cap);
    }
    tally.verifyNoneTwice(what);
    long done;
    try (HikariDataSource pool = db.pool(1)) {
      done = target.done(pool, queued);
      long waiting = target.waiting(pool);
      boolean finished = tally.distinct() == queued;
      if (done != tally.distinct() || (finished ? waiting != 0 : waiting > queued - done)) {
        throw new IllegalStateException(
            what
                + ": "
                + tally.distinct()
                + " of "
                + queued
                + " jobs ran; the database shows "
                + done
                + " done and "
                + waiting
                + " waiting");
      }
    }
    return new Rate(timed / seconds(end - tally.firstStart()), after.since(before, done), done);
  }

  /**
   * Jobs created one at a time by a client of their own while a server with 8 workers idles;
   * arrivals at random times over a window of at least one poll interval, so that they fall evenly
   * between a poller's polls.
   */
  Latencies pickupLatency(Target target, int samples, Duration window) throws Exception {
    try (FreshDatabase db = server.freshDatabase()) {
      createSchema(target, db);
      int tickets = LATENCY_WARM_UP + samples;
      long[] enqueuedAt = new long[tickets];
      Tally tally = Tally.expect(tickets);
      try (HikariDataSource serverPool = db.pool(LATENCY_WORKERS + 4);
          HikariDataSource clientPool = db.pool(2);
          Target.Server running = target.server(serverPool, LATENCY_WORKERS);
          Target.Client client = target.client(clientPool)) {
        Duration slack = target.pollInterval().multipliedBy(2).plus(Duration.ofSeconds(30));
        // The first jobs warm up both sides (JIT, connections) and are not counted.
        for (int ticket = 0; ticket < LATENCY_WARM_UP; ticket++) {
          client.enqueueAndWake(ticket);
        }
        tally.awaitAtLeast(LATENCY_WARM_UP, slack, target.name() + " warm-up");
        long meanGap = window.toNanos() / samples;
        for (int ticket = LATENCY_WARM_UP; ticket < tickets; ticket++) {
          LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(2 * meanGap));
          enqueuedAt[ticket] = System.nanoTime();
          client.enqueueAndWake(ticket);
        }
        tally.awaitAtLeast(tickets, slack, target.name() + " pickup latency");
        awaitDone(target, serverPool, tickets, tickets);
      }
      tally.verifyEachRanOnce(tickets, target.name() + " pickup latency");
      expectDone(target, db, tickets);
      double[] millis = new double[samples];
      for (int i = 0; i < samples; i++) {
        int ticket = LATENCY_WARM_UP + i;
        millis[i] = (tally.startedAt(ticket) - enqueuedAt[ticket]) / 1e6;
      }
      return new Latencies(millis);
    }
  }

  private static void createSchema(Target target, FreshDatabase db) throws Exception {
    try (HikariDataSource pool = db.pool(2)) {
      target.createSchema(pool);
    }
  }

  /** Polls until the database shows {@code goal} of the {@code created} jobs done; returns when. */
  static long awaitDone(Target target, DataSource dataSource, long created, long goal)
      throws Exception {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (target.done(dataSource, created) < goal) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            target.name() + ": the database shows fewer than " + goal + " jobs done after all ran");
      }
      LockSupport.parkNanos(1_000_000);
    }
    return System.nanoTime();
  }

  private static void expectWaiting(Target target, FreshDatabase db, long count) throws Exception {
    try (HikariDataSource pool = db.pool(1)) {
      long waiting = target.waiting(pool);
      if (waiting != count) {
        throw new IllegalStateException(
            target.name()
                + ": the database holds "
                + waiting
                + " waiting jobs, "
                + count
                + " were created");
      }
    }
  }

  private static void expectDone(Target target, FreshDatabase db, long count) throws Exception {
    try (HikariDataSource pool = db.pool(1)) {
      long done = target.done(pool, count);
      long waiting = target.waiting(pool);
      if (done != count || waiting != 0) {
        throw new IllegalStateException(
            target.name()
                + ": the database shows "
                + done
                + " of "
                + count
                + " jobs done and "
                + waiting
                + " still waiting");
      }
    }
  }

  static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
