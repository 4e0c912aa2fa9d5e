package dev.stoker.bench;

import dev.stoker.annotation.Job;

/**
 * Stoker's no-op job, compiled by the processor into {@code BenchNoopJobs} as a user's would be.
 */
public class NoopJob {

  /** Does nothing but tell the tally that it ran. */
  @Job(name = "bench.noop")
  public void noop(long ticket) {
    Tally.ran(ticket);
  }

  /** The same, one at a time per key: the drain of jobs with a per-key limit. */
  @Job(name = "bench.keyed-noop", concurrency = 1, concurrencyKey = "key")
  public void keyedNoop(long ticket, int key) {
    Tally.ran(ticket);
  }
}
