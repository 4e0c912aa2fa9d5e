package dev.stoker.bench;

import java.util.Arrays;

/** Pickup latencies in milliseconds, from the enqueue call to the job's start. */
record Latencies(double[] millis) {

  Latencies {
    millis = millis.clone();
    Arrays.sort(millis);
  }

  /** The nearest-rank percentile, {@code p} in (0, 100]. */
  double percentile(double p) {
    int rank = (int) Math.ceil(p / 100 * millis.length);
    return millis[Math.max(0, rank - 1)];
  }
}
