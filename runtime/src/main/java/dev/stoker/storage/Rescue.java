package dev.stoker.storage;

import java.time.Instant;

/**
 * Jobs handed back because the server that held them is gone.
 *
 * @param serverId the server that held them
 * @param lastHeartbeat its last heartbeat, by the database's clock; null when it was no longer
 *     registered at all
 * @param jobs how many of its jobs were handed back
 */
public record Rescue(String serverId, Instant lastHeartbeat, int jobs) {}
