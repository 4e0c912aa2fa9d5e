package dev.stoker.job;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The flow control of a job, from the attributes of its {@code @Job}: how many of its instances may
 * run at once, which enqueues are the same job, and how many may start per window. Every limit is
 * enforced by the database, so it holds across servers.
 *
 * @param exclusive at most one instance runs at a time (per concurrency key, if there is one); a
 *     recurring job's fire that finds the previous run still going is skipped
 * @param concurrency at most this many instances run at a time, or 0 for no limit
 * @param concurrencyKey the argument the concurrency limit counts by, or empty for the job
 * @param uniqueKey the arguments that make two enqueues the same job (empty: all of them), or null
 *     for a job that is not unique
 * @param uniqueFor how long a unique job stays unique after it was created, or null for as long as
 *     it waits or runs
 * @param rateLimit at most this many starts per {@code ratePeriod}, or 0 for no limit
 * @param ratePeriod the sliding window of the rate limit
 * @param rateLimitKey the argument the rate limit counts by, or empty for the job
 */
public record JobLimits(
    boolean exclusive,
    int concurrency,
    String concurrencyKey,
    List<String> uniqueKey,
    Duration uniqueFor,
    int rateLimit,
    Duration ratePeriod,
    String rateLimitKey) {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  /** No limits: what a job has unless its annotation says otherwise. */
  public static final JobLimits NONE = new JobLimits(false, 0, "", null, null, 0, MINUTE, "");

  public JobLimits {
    Objects.requireNonNull(concurrencyKey, "concurrencyKey");
    Objects.requireNonNull(ratePeriod, "ratePeriod");
    Objects.requireNonNull(rateLimitKey, "rateLimitKey");
    uniqueKey = uniqueKey == null ? null : List.copyOf(uniqueKey);
    if (exclusive) {
      if (concurrency > 1) {
        throw new IllegalArgumentException(
            "An exclusive job runs one at a time, which concurrency "
                + concurrency
                + " contradicts");
      }
      concurrency = 1;
    }
    if (concurrency < 0 || rateLimit < 0) {
      throw new IllegalArgumentException("A limit must be at least 1, or 0 for none");
    }
    if (!concurrencyKey.isEmpty() && concurrency == 0) {
      throw new IllegalArgumentException(
          "A concurrency key ('" + concurrencyKey + "') needs a concurrency limit");
    }
    if (!rateLimitKey.isEmpty() && rateLimit == 0) {
      throw new IllegalArgumentException(
          "A rate limit key ('" + rateLimitKey + "') needs a rate limit");
    }
    if (ratePeriod.isNegative() || ratePeriod.isZero()) {
      throw new IllegalArgumentException("A rate period must be positive, not " + ratePeriod);
    }
    if (uniqueFor != null && (uniqueFor.isNegative() || uniqueFor.isZero())) {
      throw new IllegalArgumentException("uniqueFor must be positive, not " + uniqueFor);
    }
  }

  /** At most one instance at a time. */
  public JobLimits withExclusive() {
    return new JobLimits(
        true, 1, concurrencyKey, uniqueKey, uniqueFor, rateLimit, ratePeriod, rateLimitKey);
  }

  /**
   * At most {@code limit} instances at a time, per value of the argument {@code key} if not empty.
   */
  public JobLimits withConcurrency(int limit, String key) {
    return new JobLimits(
        exclusive, limit, key, uniqueKey, uniqueFor, rateLimit, ratePeriod, rateLimitKey);
  }

  /**
   * Unique by the arguments named (all if none), for the period or, if null, while it waits or
   * runs.
   */
  public JobLimits withUnique(Duration period, String... key) {
    return new JobLimits(
        exclusive,
        concurrency,
        concurrencyKey,
        List.of(key),
        period,
        rateLimit,
        ratePeriod,
        rateLimitKey);
  }

  /**
   * At most {@code limit} starts per period, per value of the argument {@code key} if not empty.
   */
  public JobLimits withRateLimit(int limit, Duration period, String key) {
    return new JobLimits(
        exclusive, concurrency, concurrencyKey, uniqueKey, uniqueFor, limit, period, key);
  }

  /** Whether a claim of the job has a limit to respect. */
  public boolean limitsStarts() {
    return concurrency > 0 || rateLimit > 0;
  }

  /** Whether a second enqueue of the same job returns the first's id. */
  public boolean isUnique() {
    return uniqueKey != null;
  }
}
