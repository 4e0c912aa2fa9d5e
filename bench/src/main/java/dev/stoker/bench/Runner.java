package dev.stoker.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One run of every workload: each workload in turn for every target, so that a noisy moment of the
 * machine hits them alike. A failed measurement is reported and recorded; the others go on.
 */
final class Runner {

  private static final int WARM_UP_ROUNDS = 3;

  private final Results results;
  private final BenchOptions options;

  /** Stoker draining jobs with a per-key concurrency limit, shown in Stoker's column. */
  private static final Target KEYED = StokerTarget.keyed();

  private final Workloads workloads;
  private final Backlog backlog;

  Runner(PostgresServer server, Results results, BenchOptions options) {
    this.results = results;
    this.options = options;
    this.workloads = new Workloads(server);
    this.backlog = new Backlog(workloads);
  }

  /**
   * Each workload for every target, unrecorded, so that the first recorded run does not pay for
   * class loading and JIT compilation. Each runs at full size, three times: after a drain of 1,000
   * jobs the first recorded drains still ran at a third to two thirds of the later ones, the
   * ceiling's too, and after 200 single enqueues the JIT compiler still took most of the JVM's CPU
   * during the recorded ones.
   */
  void warmUp(List<Target> targets) {
    for (Target target : targets) {
      long start = System.nanoTime();
      try {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
          workloads.enqueue(target, options.enqueueJobs(), 1);
          workloads.enqueue(target, options.enqueueJobs(), 8);
          workloads.enqueueAll(target, options.bulkJobs());
        }
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
          for (int workers : List.of(8, 32)) {
            workloads.drain(target, options.drainJobs(), workers, options.drainCap());
          }
        }
        System.out.printf(
            "  (%s warmed up in %.1f s)%n", target.name(), (System.nanoTime() - start) / 1e9);
      } catch (Exception e) {
        System.out.printf("  (%s warm-up FAILED: %s)%n", target.name(), e);
      }
    }
  }

  /** A workload measured as a rate; the backlog ones run for Stoker only. */
  private record Step(String workload, Row row, boolean stokerOnly, RateMeasure measure) {}

  @FunctionalInterface
  private interface RateMeasure {
    Rate measure(Target target) throws Exception;
  }

  void run(Durability durability, int run, List<Target> targets) {
    String prefix = "[%s %d/%d]".formatted(durability.name().toLowerCase(), run, options.runs());
    int jobs = options.enqueueJobs();
    int drainJobs = options.drainJobs();
    Duration cap = options.drainCap();
    List<Step> steps =
        List.of(
            new Step("enqueue", Row.ENQUEUE_ONE_THREAD, false, t -> workloads.enqueue(t, jobs, 1)),
            new Step(
                "enqueue", Row.ENQUEUE_EIGHT_THREADS, false, t -> workloads.enqueue(t, jobs, 8)),
            new Step(
                "bulk", Row.ENQUEUE_BULK, false, t -> workloads.enqueueAll(t, options.bulkJobs())),
            new Step("drain", Row.DRAIN_8, false, t -> workloads.drain(t, drainJobs, 8, cap)),
            new Step("drain", Row.DRAIN_32, false, t -> workloads.drain(t, drainJobs, 32, cap)),
            new Step(
                "drain-keyed",
                Row.DRAIN_KEYED_8,
                true,
                t -> workloads.drain(KEYED, drainJobs, 8, cap)),
            new Step(
                "drain-keyed",
                Row.DRAIN_KEYED_32,
                true,
                t -> workloads.drain(KEYED, drainJobs, 32, cap)),
            new Step(
                "backlog",
                Row.BACKLOG_SMALL,
                true,
                t -> backlog.drain(drainJobs, options.smallBacklog(), cap)),
            new Step(
                "backlog",
                Row.BACKLOG_LARGE,
                true,
                t -> backlog.drain(drainJobs, options.largeBacklog(), cap)));
    for (Step step : steps) {
      if (options.runs(step.workload())) {
        for (Target target : targets) {
          if (!step.stokerOnly() || target instanceof StokerTarget) {
            rate(prefix, durability, step.row(), target, () -> step.measure().measure(target));
          }
        }
      }
    }
    if (options.runs("latency")) {
      targets.forEach(target -> latency(prefix, durability, target));
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
              + " bytes, CPU %.0f µs JVM + %.0f µs PostgreSQL)  [%.1f s]%n",
          prefix,
          row.label(options),
          target.name(),
          rate.perSecond(),
          cost.transactions(),
          cost.walSyncs(),
          cost.walBytes(),
          cost.jvmCpuMicros(),
          cost.postgresCpuMicros(),
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
