package dev.stoker.monitoring;

import dev.stoker.BatchId;
import java.time.Instant;

/**
 * A batch and how far its jobs got.
 *
 * @param id the batch's id
 * @param state where it stands
 * @param total how many jobs it has
 * @param succeeded how many succeeded
 * @param failed how many failed with no retries left
 * @param deleted how many were deleted
 * @param createdAt when it was created
 * @param completedAt when all its jobs had ended, or null
 */
public record BatchDetails(
    BatchId id,
    BatchState state,
    int total,
    int succeeded,
    int failed,
    int deleted,
    Instant createdAt,
    Instant completedAt) {

  /** Jobs that have not ended yet. */
  public int pending() {
    return total - succeeded - failed - deleted;
  }
}
