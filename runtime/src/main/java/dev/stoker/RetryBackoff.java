package dev.stoker;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long a failed job waits before its next try: {@code initialDelay × multiplier^(retry-1)},
 * capped at {@code maxDelay}, plus a random jitter of up to {@code jitter} of that, so that jobs
 * that failed together do not all come back at the same moment.
 *
 * @param initialDelay the wait before the first retry
 * @param multiplier how much each wait grows over the one before
 * @param maxDelay the longest wait
 * @param jitter the largest random addition, as a fraction of the wait (0.25 = up to 25 %)
 */
public record RetryBackoff(
    Duration initialDelay, double multiplier, Duration maxDelay, double jitter) {

  /** 15 s, growing 2.5 times a retry up to 6 h, plus up to 25 %: ten retries span about a day. */
  public static final RetryBackoff DEFAULT =
      new RetryBackoff(Duration.ofSeconds(15), 2.5, Duration.ofHours(6), 0.25);

  public RetryBackoff {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException(
          "Retry delays must satisfy 0 <= initialDelay <= maxDelay, got "
              + initialDelay
              + " and "
              + maxDelay);
    }
    if (multiplier < 1 || jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException(
          "Retry multiplier must be >= 1 and jitter within [0, 1], got "
              + multiplier
              + " and "
              + jitter);
    }
  }

  /** The wait before the given retry (1 for the first). */
  public Duration delayBefore(int retry) {
    double base =
        Math.min(
            initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1)),
            maxDelay.toMillis());
    double extra = base * jitter * ThreadLocalRandom.current().nextDouble();
    return Duration.ofMillis(Math.round(base + extra));
  }
}
