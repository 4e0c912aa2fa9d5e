package dev.stoker.bench;

/** A row of the report's table: one workload, or one percentile of the pickup latency. */
enum Row {
  ENQUEUE_ONE_THREAD("enqueue, one call per job, 1 thread (jobs/s)", true),
  ENQUEUE_EIGHT_THREADS("enqueue, one call per job, 8 threads (jobs/s)", true),
  ENQUEUE_BULK("enqueue, bulk API (jobs/s)", true),
  DRAIN_8("drain %1$,d queued jobs, 8 workers (jobs/s)", true),
  DRAIN_32("drain %1$,d queued jobs, 32 workers (jobs/s)", true),
  DRAIN_KEYED_8(
      "drain %1$,d queued jobs, 1 at a time per key over "
          + StokerTarget.KEYS
          + " keys, 8 workers (jobs/s)",
      true),
  DRAIN_KEYED_32(
      "drain %1$,d queued jobs, 1 at a time per key over "
          + StokerTarget.KEYS
          + " keys, 32 workers (jobs/s)",
      true),
  LATENCY_P50("pickup latency p50, idle server (ms)", false),
  LATENCY_P95("pickup latency p95, idle server (ms)", false),
  LATENCY_P99("pickup latency p99, idle server (ms)", false),
  BACKLOG_SMALL("drain %1$,d, 8 workers, %2$,d more waiting (jobs/s)", true),
  BACKLOG_LARGE("drain %1$,d, 8 workers, %3$,d more waiting (jobs/s)", true);

  private final String label;
  private final boolean rate;

  Row(String label, boolean rate) {
    this.label = label;
    this.rate = rate;
  }

  /** The row's label, with the counts of this run of the bench. */
  String label(BenchOptions options) {
    return label.formatted(options.drainJobs(), options.smallBacklog(), options.largeBacklog());
  }

  /** Jobs per second, higher is better; otherwise milliseconds, lower is better. */
  boolean isRate() {
    return rate;
  }
}
