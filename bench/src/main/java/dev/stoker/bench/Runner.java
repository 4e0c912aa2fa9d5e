package dev.stoker.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One run of every workload: each workload in turn for every target, so that a noisy moment of the
 * machine hits them alike. A failed measurement is reported and recorded; the others go on.
 */
final class Runner {

  private final Results results;
  private final BenchOptions options;
  private final Workloads workloads;
  private final Backlog backlog;

  Runner(PostgresServer server, Results results, BenchOptions options) {
    this.results = results;
    this.options = options;
    this.workloads = new Workloads(server);
    this.backlog = new Backlog(workloads);
  }

  /**
   * A little of each workload for every target, unrecorded, so that the first recorded run does not
   * pay for class loading and JIT compilation.
   */
  void warmUp(List<Target> targets) {
    for (Target target : targets) {
      long start = System.nanoTime();
      try {
        workloads.enqueue(target, 200, 1);
        workloads.enqueueAll(target, 500);
        workloads.drain(target, 1_000, 8, options.drainCap());
        System.out.printf(
            "  (%s warmed up in %.1f s)%n", target.name(), (System.nanoTime() - start) / 1e9);
      } catch (Exception e) {
        System.out.printf("  (%s warm-up FAILED: %s)%n", target.name(), e);
      }
    }
  }

  void run(Durability durability, int run, List<Target> targets) {
    String prefix = "[%s %d/%d]".formatted(durability.name().toLowerCase(), run, options.runs());
    int jobs = options.enqueueJobs();
    int drainJobs = options.drainJobs();
    int bulkJobs = options.bulkJobs();
    Duration cap = options.drainCap();
    for (Target target : targets) {
      if (options.runs("enqueue")) {
        rate(
            prefix,
            durability,
            Row.ENQUEUE_ONE_THREAD,
            target,
            () -> workloads.enqueue(target, jobs, 1));
      }
    }
    for (Target target : targets) {
      if (options.runs("enqueue")) {
        rate(
            prefix,
            durability,
            Row.ENQUEUE_EIGHT_THREADS,
            target,
            () -> workloads.enqueue(target, jobs, 8));
      }
    }
    for (Target target : targets) {
      if (options.runs("bulk")) {
        rate(
            prefix,
            durability,
            Row.ENQUEUE_BULK,
            target,
            () -> workloads.enqueueAll(target, bulkJobs));
      }
    }
    for (Target target : targets) {
      if (options.runs("drain")) {
        rate(
            prefix,
            durability,
            Row.DRAIN_8,
            target,
            () -> workloads.drain(target, drainJobs, 8, cap));
      }
    }
    for (Target target : targets) {
      if (options.runs("drain")) {
        rate(
            prefix,
            durability,
            Row.DRAIN_32,
            target,
            () -> workloads.drain(target, drainJobs, 32, cap));
      }
    }
    for (Target target : targets) {
      if (options.runs("latency")) {
        latency(prefix, durability, target);
      }
    }
    for (Target target : targets) {
      if (options.runs("backlog") && target instanceof StokerTarget) {
        rate(
            prefix,
            durability,
            Row.BACKLOG_SMALL,
            target,
            () -> backlog.drain(drainJobs, options.smallBacklog(), cap));
        rate(
            prefix,
            durability,
            Row.BACKLOG_LARGE,
            target,
            () -> backlog.drain(drainJobs, options.largeBacklog(), cap));
      }
    }
  }

  private void rate(
      String prefix, Durability durability, Row row, Target target, Callable<Rate> measure) {
    Results.Key key = new Results.Key(durability, row, target.name());
    long start = System.nanoTime();
    try {
      Rate rate = measure.call();
      results.add(key, rate);
      Cost cost = rate.cost();
      System.out.printf(
          "%s %s · %s: %,.0f jobs/s  (per job: %.2f transactions, %.2f WAL fsyncs, %,.0f WAL"
              + " bytes)  [%.1f s]%n",
          prefix,
          row.label(options),
          target.name(),
          rate.perSecond(),
          cost.transactions(),
          cost.walSyncs(),
          cost.walBytes(),
          (System.nanoTime() - start) / 1e9);
    } catch (Exception | AssertionError e) {
      failed(prefix, key, e);
    }
  }

  private void latency(String prefix, Durability durability, Target target) {
    Results.Key key = new Results.Key(durability, Row.LATENCY_P50, target.name());
    long start = System.nanoTime();
    try {
      // At least a poll interval, so that arrivals fall evenly between a poller's polls.
      var window = options.latencyWindow();
      if (window.compareTo(target.pollInterval()) < 0) {
        window = target.pollInterval();
      }
      Latencies latencies = workloads.pickupLatency(target, options.latencySamples(), window);
      results.add(key, latencies.percentile(50));
      results.add(
          new Results.Key(durability, Row.LATENCY_P95, target.name()), latencies.percentile(95));
      results.add(
          new Results.Key(durability, Row.LATENCY_P99, target.name()), latencies.percentile(99));
      System.out.printf(
          "%s pickup latency · %s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms over %d jobs  [%.1f s]%n",
          prefix,
          target.name(),
          latencies.percentile(50),
          latencies.percentile(95),
          latencies.percentile(99),
          options.latencySamples(),
          (System.nanoTime() - start) / 1e9);
    } catch (Exception | AssertionError e) {
      failed(prefix, key, e);
    }
  }

  private void failed(String prefix, Results.Key key, Throwable e) {
    results.failed(key, String.valueOf(e.getMessage()));
    System.out.printf(
        "%s %s · %s: FAILED: %s%n", prefix, key.row().label(options), key.target(), e);
    e.printStackTrace(System.out);
  }
}
