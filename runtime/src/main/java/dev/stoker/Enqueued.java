package dev.stoker;

import java.util.Objects;

/**
 * What enqueueing a unique job did: created it, or found the job it duplicates, still waiting or
 * running (or within its {@code uniqueFor} period), whose id it returns instead.
 *
 * <pre>{@code
 * Enqueued sync = AccountSyncJobs.enqueue(accountId);
 * if (sync.existing()) log.info("Sync of {} already waiting as {}", accountId, sync.id());
 * }</pre>
 *
 * @param id the job created, or the one found
 * @param existing true if no job was created because this one already existed
 */
public record Enqueued(JobId id, boolean existing) {

  public Enqueued {
    Objects.requireNonNull(id, "id");
  }

  /** True if this enqueue created the job. */
  public boolean created() {
    return !existing;
  }
}
