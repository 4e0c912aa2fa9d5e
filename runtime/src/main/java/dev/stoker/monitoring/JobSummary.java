package dev.stoker.monitoring;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import java.time.Instant;

/**
 * A job as a list shows it: what it is, where it stands, and the reason of its last change.
 *
 * @param id the job's id
 * @param name its stable name
 * @param queue its queue
 * @param state its current state
 * @param arguments its arguments, as the stored JSON object
 * @param attempt how many times it was started
 * @param createdAt when it was created
 * @param stateChangedAt when it entered its current state
 * @param runAt when it may run (for a SCHEDULED job, its start time)
 * @param serverId the server running it, while PROCESSING
 * @param batch the batch it belongs to, or null
 * @param lastReason the reason its history gives for its current state
 */
public record JobSummary(
    JobId id,
    String name,
    String queue,
    JobState state,
    String arguments,
    int attempt,
    Instant createdAt,
    Instant stateChangedAt,
    Instant runAt,
    String serverId,
    BatchId batch,
    String lastReason) {}
