package dev.stoker.storage;

import dev.stoker.JobId;
import dev.stoker.monitoring.ServerInfo;
import dev.stoker.monitoring.UnhandledJobs;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The servers, and the upkeep they share: heartbeats judged by the database's clock, handing back
 * the jobs of dead servers, removing expired jobs. Each write runs in its own transaction.
 */
public interface ServerStore {

  /**
   * Registers the server, with the database's clock as its start and heartbeat; registers it again
   * if it was removed as dead.
   */
  void register(ServerRegistration server);

  /**
   * Beats the server's heartbeat with the database's clock. Returns false, changing nothing, when
   * the server is not registered: another server found its heartbeat too old and removed it.
   */
  boolean beat(String serverId);

  /** Removes the server's registration. */
  void unregister(String serverId);

  /**
   * Hands back to their queues the jobs held by servers whose heartbeat is older than the timeout
   * by the database's clock, or that are not registered at all, and removes those servers. One
   * server at a time does this; a call that finds another doing it returns at once.
   *
   * @param rescuerId the server doing it, named in the jobs' history
   * @param timeout how old a heartbeat may be
   * @param now the time for the jobs' history
   */
  List<Rescue> rescueJobsOfDeadServers(String rescuerId, Duration timeout, Instant now);

  /**
   * Of the attempts running on the server, the ones it no longer holds: the job was deleted, or
   * handed to another attempt.
   */
  Set<ClaimedJob> attemptsNoLongerHeld(String serverId, Collection<ClaimedJob> running);

  /**
   * Hands back the jobs that are PROCESSING on the server but that it does not run: claims whose
   * answer was lost with the database connection. Returns how many.
   */
  int handBackUnknownClaims(String serverId, Set<JobId> running, Instant now);

  /**
   * Removes up to {@code limit} SUCCEEDED and DELETED jobs, with their history, that entered that
   * state before the instant; returns how many.
   */
  int removeExpiredJobs(Instant changedBefore, int limit);

  /**
   * Rolls up to {@code limit} per-minute statistics rows from before {@code minutesBefore} into
   * hourly rows, and removes those from before {@code keptSince}; returns how many rows it rolled
   * up.
   */
  int rollUpStatistics(Instant minutesBefore, Instant keptSince, int limit);

  /** The registered servers, oldest first. */
  List<ServerInfo> servers();

  /** Enqueued jobs that no registered server can run, by name and queue. */
  List<UnhandledJobs> unhandledJobs();
}
