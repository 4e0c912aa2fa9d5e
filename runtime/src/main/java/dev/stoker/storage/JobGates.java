package dev.stoker.storage;

import java.time.Duration;

/**
 * The limits a claim must respect for one stored job, with the keys they count by: its concurrency
 * key (such as {@code account-sync:accountId=42}) and limit, and its rate key, limit and window.
 * Stored in the job's row when it is created.
 *
 * @param concurrencyKey what the concurrency limit counts, or null for none
 * @param concurrencyLimit how many jobs of the key may be PROCESSING at once
 * @param rateKey what the rate limit counts, or null for none
 * @param rateLimit how many jobs of the key may start per window
 * @param ratePeriod the rate limit's sliding window, or null
 */
public record JobGates(
    String concurrencyKey,
    int concurrencyLimit,
    String rateKey,
    int rateLimit,
    Duration ratePeriod) {

  /** No limits. */
  public static final JobGates NONE = new JobGates(null, 0, null, 0, null);

  /** Whether a claim of the job has a limit to respect. */
  public boolean limitsStarts() {
    return concurrencyKey != null || rateKey != null;
  }
}
