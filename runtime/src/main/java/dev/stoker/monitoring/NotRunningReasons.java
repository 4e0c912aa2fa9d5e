package dev.stoker.monitoring;

import dev.stoker.BatchId;
import dev.stoker.JobState;
import dev.stoker.monitoring.NotRunningReason.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Works out why a job is not running from what the monitoring API reads: its state, its queue's
 * pause, the running servers, and its parents.
 */
final class NotRunningReasons {

  private final List<QueuePause> pauses;
  private final List<ServerInfo> servers;
  private final Function<BatchId, Optional<BatchDetails>> batches;

  NotRunningReasons(
      List<QueuePause> pauses,
      List<ServerInfo> servers,
      Function<BatchId, Optional<BatchDetails>> batches) {
    this.pauses = pauses;
    this.servers = servers;
    this.batches = batches;
  }

  /**
   * The reasons; {@code limits} are those of the job's limits that hold it back now, which count
   * only while it is ready.
   */
  List<NotRunningReason> of(
      JobDetails job, List<JobParent> parents, List<NotRunningReason> limits, Instant now) {
    List<NotRunningReason> reasons = new ArrayList<>();
    switch (job.state()) {
      case PROCESSING, SUCCEEDED -> {
        return reasons;
      }
      case FAILED -> {
        ExceptionInfo last = job.lastException();
        reasons.add(
            new NotRunningReason(
                Kind.RETRIES_EXHAUSTED,
                "It failed "
                    + job.failureCount()
                    + (job.failureCount() == 1 ? " time" : " times")
                    + " with "
                    + job.maxRetries()
                    + (job.maxRetries() == 1 ? " retry" : " retries")
                    + " allowed, none left"
                    + (last == null ? "" : " (last: " + last.summary() + ")")
                    + ": requeue it to run it again."));
        return reasons;
      }
      case DELETED -> {
        reasons.add(
            new NotRunningReason(
                Kind.DELETED,
                "It was deleted ("
                    + job.history().getLast().reason()
                    + "): requeue it to run it again."));
        return reasons;
      }
      case SCHEDULED ->
          reasons.add(
              new NotRunningReason(
                  Kind.SCHEDULED_FOR_LATER,
                  (job.failureCount() > 0 ? "It failed and retries" : "It is scheduled")
                      + " at "
                      + job.runAt()
                      + (job.runAt().isAfter(now) ? "" : ", due now: a server moves it shortly")
                      + "."));
      case AWAITING -> waitingFor(parents, reasons);
      case ENQUEUED -> reasons.addAll(limits);
    }
    queueReasons(job, reasons);
    if (reasons.isEmpty()) {
      reasons.add(
          new NotRunningReason(
              Kind.WAITING_FOR_WORKER,
              "It is ready and waits for a free worker on queue '" + job.queue() + "'."));
    }
    return reasons;
  }

  private void waitingFor(List<JobParent> parents, List<NotRunningReason> reasons) {
    for (JobParent parent : parents) {
      if (parent.isBatch()) {
        String progress =
            batches
                .apply(parent.batch())
                .map(b -> ": " + b.pending() + " of " + b.total() + " jobs have not ended")
                .orElse(", which no longer exists");
        reasons.add(
            new NotRunningReason(
                Kind.WAITING_FOR_BATCH, "It waits for batch " + parent.batch() + progress + "."));
      } else if (!JobState.SUCCEEDED.name().equals(parent.state())) {
        reasons.add(
            new NotRunningReason(
                Kind.WAITING_FOR_PARENT,
                "It waits for job "
                    + parent.job()
                    + (parent.state() == null ? ", which no longer exists" : ", " + parent.state())
                    + "."));
      }
    }
  }

  private void queueReasons(JobDetails job, List<NotRunningReason> reasons) {
    String queue = job.queue();
    pauses.stream()
        .filter(pause -> pause.queue().equals(queue))
        .findFirst()
        .ifPresent(
            pause ->
                reasons.add(
                    new NotRunningReason(
                        Kind.QUEUE_PAUSED,
                        "Its queue '"
                            + queue
                            + "' was paused by "
                            + pause.pausedBy()
                            + " at "
                            + pause.pausedAt()
                            + ": resume it to run its jobs.")));
    if (servers.isEmpty()) {
      reasons.add(
          new NotRunningReason(
              Kind.NO_SERVER, "No server is running: start one on this database."));
      return;
    }
    List<ServerInfo> serving =
        servers.stream().filter(server -> server.queues().contains(queue)).toList();
    if (serving.isEmpty()) {
      reasons.add(
          new NotRunningReason(
              Kind.NO_SERVER_FOR_QUEUE,
              "No running server serves queue '" + queue + "': add it to a server's queues(...)."));
    } else if (serving.stream().noneMatch(server -> server.jobNames().contains(job.name()))) {
      reasons.add(
          new NotRunningReason(
              Kind.NO_HANDLER,
              "No running server that serves queue '"
                  + queue
                  + "' has a handler for job '"
                  + job.name()
                  + "': deploy the code that declares it, or delete the job."));
    }
  }
}
