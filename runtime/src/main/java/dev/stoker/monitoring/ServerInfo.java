package dev.stoker.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A running server, as it registered itself.
 *
 * @param id its id, as its jobs and their history name it
 * @param host the machine it runs on
 * @param pid its process id there
 * @param queues the queues it serves, the first one first
 * @param workers how many jobs it runs at once
 * @param jobNames the jobs it has handlers for
 * @param startedAt when it registered, by the database's clock
 * @param heartbeatAt its last heartbeat, by the database's clock
 */
public record ServerInfo(
    String id,
    String host,
    long pid,
    List<String> queues,
    int workers,
    Set<String> jobNames,
    Instant startedAt,
    Instant heartbeatAt) {}
