package dev.stoker.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * One run of every workload: each workload in turn for every target, so that a noisy moment of the
 * machine hits them alike. A failed measurement is reported and recorded; the others go on.
 */
final class Runner implements AutoCloseable {

  /**
   * A rate workload; the Stoker-only ones (per-key limit, backlog) run for the plain Stoker target
   * alone: they build Stoker as they need it, so in another Stoker column they would only repeat
   * it.
   */
  private record Step(String workload, Row row, boolean stokerOnly) {}

  private static final List<Step> STEPS =
      List.of(
          new Step("enqueue", Row.ENQUEUE_ONE_THREAD, false),
          new Step("enqueue", Row.ENQUEUE_EIGHT_THREADS, false),
          new Step("bulk", Row.ENQUEUE_BULK, false),
          new Step("drain", Row.DRAIN_8, false),
          new Step("drain", Row.DRAIN_32, false),
          new Step("drain-keyed", Row.DRAIN_KEYED_8, true),
          new Step("drain-keyed", Row.DRAIN_KEYED_32, true),
          new Step("backlog", Row.BACKLOG_SMALL, true),
          new Step("backlog", Row.BACKLOG_LARGE, true));

  private final Results results;
  private final BenchOptions options;
  private final Map<Target, Measurer> measurers = new LinkedHashMap<>();
  private final Target stoker;

  /**
   * Starts a measurer per target, each warmed up in turn: in a JVM of its own unless the options
   * ask for one JVM.
   */
  Runner(
      PostgresServer server, Results results, BenchOptions options, Map<String, Target> targets) {
    this.results = results;
    this.options = options;
    this.stoker = targets.get("stoker");
    for (Map.Entry<String, Target> named : targets.entrySet()) {
      Target target = named.getValue();
      long start = System.nanoTime();
      Measurer measurer;
      try {
        measurer =
            options.oneJvm()
                ? new Measurements(target, server, options)
                : TargetJvm.start(named.getKey(), server, options, measurers.size() + 1);
      } catch (Exception e) {
        System.out.printf("  (%s could not start: %s)%n", target.name(), e);
        measurers.put(target, Measurer.failing(target.name() + " could not start: " + e));
        continue;
      }
      measurers.put(target, measurer);
      try {
        measurer.warmUp();
        System.out.printf(
            "  (%s warmed up in %.1f s)%n", target.name(), (System.nanoTime() - start) / 1e9);
      } catch (Exception e) {
        System.out.printf("  (%s warm-up FAILED: %s)%n", target.name(), e);
      }
    }
  }

  void run(Durability durability, int run) {
    String prefix = "[%s %d/%d]".formatted(durability.name().toLowerCase(), run, options.runs());
    for (Step step : STEPS) {
      if (options.runs(step.workload())) {
        measurers.forEach(
            (target, measurer) -> {
              if (!step.stokerOnly() || target == stoker) {
                rate(prefix, durability, step.row(), target, () -> measurer.rate(step.row()));
              }
            });
      }
    }
    if (options.runs("latency")) {
      measurers.forEach((target, measurer) -> latency(prefix, durability, target, measurer));
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

  private void latency(String prefix, Durability durability, Target target, Measurer measurer) {
    Results.Key key = new Results.Key(durability, Row.LATENCY_P50, target.name());
    long start = System.nanoTime();
    try {
      Latencies latencies = measurer.latency();
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

  /** Ends the targets' JVMs. */
  @Override
  public void close() throws Exception {
    for (Measurer measurer : measurers.values()) {
      measurer.close();
    }
  }
}
