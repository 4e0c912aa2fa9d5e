package dev.stoker.monitoring;

import dev.stoker.JobState;
import java.time.Instant;

/**
 * One state change of a job.
 *
 * @param at when it happened
 * @param from the state before, null when the job was created
 * @param to the state after
 * @param reason why, in words
 * @param serverId the server that made the change, null for a client or a person
 * @param attempt the job's attempt number at the time
 * @param exception the exception that caused it, or null
 */
public record HistoryEntry(
    Instant at,
    JobState from,
    JobState to,
    String reason,
    String serverId,
    int attempt,
    ExceptionInfo exception) {}
