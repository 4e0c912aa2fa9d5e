package dev.stoker.bench;

import java.time.Duration;
import java.util.List;

/** The workloads of one target, run in this JVM: what each row of the report measures. */
final class Measurements implements Measurer {

  private static final int WARM_UP_ROUNDS = 3;
  private static final int MAX_WARM_UP_ROUNDS = 6;

  /** A warm-up round after which the JIT compiler took less than this is the last. */
  private static final long QUIET_COMPILER_NANOS = 150_000_000;

  /** Stoker draining jobs with a per-key concurrency limit, shown in Stoker's column. */
  private static final Target KEYED = StokerTarget.keyed();

  private final Target target;
  private final BenchOptions options;
  private final Workloads workloads;
  private final Backlog backlog;

  Measurements(Target target, PostgresServer server, BenchOptions options) {
    this.target = target;
    this.options = options;
    this.workloads = new Workloads(server);
    this.backlog = new Backlog(workloads);
  }

  /**
   * Each workload at full size, three times at least, and then again until a round leaves the JIT
   * compiler quiet (under 150 ms of its CPU), six rounds at most: after a drain of 1,000 jobs the
   * first recorded drains still ran at a third to two thirds of the later ones, the ceiling's too;
   * after 200 single enqueues the JIT compiler still took most of the JVM's CPU during the recorded
   * ones; after three rounds of drains it still took up to 400 ms of a recorded drain's 1.5 s.
   */
  @Override
  public void warmUp() throws Exception {
    for (int round = 0; round < MAX_WARM_UP_ROUNDS; round++) {
      long compiling = CpuTime.ofThisProcessCompilers();
      workloads.enqueue(target, options.enqueueJobs(), 1);
      workloads.enqueue(target, options.enqueueJobs(), 8);
      workloads.enqueueAll(target, options.bulkJobs());
      if (round + 1 >= WARM_UP_ROUNDS && quietSince(compiling)) {
        break;
      }
    }
    for (int round = 0; round < MAX_WARM_UP_ROUNDS; round++) {
      long compiling = CpuTime.ofThisProcessCompilers();
      for (int workers : List.of(8, 32)) {
        workloads.drain(target, options.drainJobs(), workers, options.drainCap());
      }
      if (round + 1 >= WARM_UP_ROUNDS && quietSince(compiling) || round + 1 == MAX_WARM_UP_ROUNDS) {
        System.out.printf("  (%s: drains warmed up in %d rounds)%n", target.name(), round + 1);
        break;
      }
    }
  }

  private static boolean quietSince(long compilerNanos) {
    return CpuTime.ofThisProcessCompilers() - compilerNanos < QUIET_COMPILER_NANOS;
  }

  @Override
  public Rate rate(Row row) throws Exception {
    int jobs = options.enqueueJobs();
    int drainJobs = options.drainJobs();
    Duration cap = options.drainCap();
    return switch (row) {
      case ENQUEUE_ONE_THREAD -> workloads.enqueue(target, jobs, 1);
      case ENQUEUE_EIGHT_THREADS -> workloads.enqueue(target, jobs, 8);
      case ENQUEUE_BULK -> workloads.enqueueAll(target, options.bulkJobs());
      case DRAIN_8 -> workloads.drain(target, drainJobs, 8, cap);
      case DRAIN_32 -> workloads.drain(target, drainJobs, 32, cap);
      case DRAIN_KEYED_8 -> workloads.drain(KEYED, drainJobs, 8, cap);
      case DRAIN_KEYED_32 -> workloads.drain(KEYED, drainJobs, 32, cap);
      case BACKLOG_SMALL -> backlog.drain(drainJobs, options.smallBacklog(), cap);
      case BACKLOG_LARGE -> backlog.drain(drainJobs, options.largeBacklog(), cap);
      case LATENCY_P50, LATENCY_P95, LATENCY_P99 ->
          throw new IllegalArgumentException(row + " is not a rate; see latency()");
    };
  }

  @Override
  public Latencies latency() throws Exception {
    // At least a poll interval, so that arrivals fall evenly between a poller's polls.
    Duration window = options.latencyWindow();
    if (window.compareTo(target.pollInterval()) < 0) {
      window = target.pollInterval();
    }
    return workloads.pickupLatency(target, options.latencySamples(), window);
  }
}
