package dev.stoker.storage.jooq;

import dev.stoker.BatchId;
import dev.stoker.JobState;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.storage.NewJob;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The first history entry of a job whose own row tells its creation ({@link
 * NewJob#createdAsItsRowTells()}): never stored, read from the row. A job has such an entry when
 * none of its stored entries is a creation (one from no state); jobs stored before keep theirs.
 */
final class ImpliedCreation {

  private ImpliedCreation() {}

  /** The job's history: its stored entries, after its creation if they lack it. */
  static List<HistoryEntry> withCreation(List<HistoryEntry> stored, Instant createdAt, UUID batch) {
    if (stored.stream().anyMatch(entry -> entry.from() == null)) {
      return stored;
    }
    List<HistoryEntry> history = new ArrayList<>(stored.size() + 1);
    history.add(new HistoryEntry(createdAt, null, JobState.ENQUEUED, reason(batch), null, 0, null));
    history.addAll(stored);
    return history;
  }

  /** The reason of the creation entry of a job in the batch, or in none. */
  static String reason(UUID batch) {
    return NewJob.enqueuedReason(batch == null ? null : new BatchId(batch));
  }
}
