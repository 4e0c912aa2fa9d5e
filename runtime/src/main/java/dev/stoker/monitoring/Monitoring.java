package dev.stoker.monitoring;

import dev.stoker.JobId;
import dev.stoker.storage.JobStore;
import dev.stoker.storage.ServerStore;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the jobs and servers are doing: one job with its history, the counts per state and
 * queue, the running servers, and the waiting jobs that no running server can run.
 */
public final class Monitoring {

  private final JobStore store;
  private final ServerStore servers;

  public Monitoring(JobStore store, ServerStore servers) {
    this.store = store;
    this.servers = servers;
  }

  /** The job with its whole history, if it exists. */
  public Optional<JobDetails> job(JobId id) {
    return store.find(id);
  }

  /** How many jobs are in each state, in all and per queue. */
  public JobCounts counts() {
    return store.counts();
  }

  /** The servers registered now, oldest first, each with its last heartbeat. */
  public List<ServerInfo> servers() {
    return servers.servers();
  }

  /**
   * The enqueued jobs that no running server can run, by name and queue, each with the reason: no
   * server has a handler for them (a deploy still rolling out, or a job removed from the code), or
   * none serves their queue.
   */
  public List<UnhandledJobs> unhandledJobs() {
    return servers.unhandledJobs();
  }
}
