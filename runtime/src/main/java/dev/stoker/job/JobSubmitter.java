package dev.stoker.job;

import dev.stoker.BatchId;
import dev.stoker.Enqueued;
import dev.stoker.JobClient;
import dev.stoker.JobId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Submits jobs: through the installed client or a given one, into a batch being created, and as
 * continuations of jobs and batches. The generated {@code <Name>Jobs} classes wrap it with typed
 * methods.
 */
public final class JobSubmitter {

  private static final JobSubmitter INSTALLED = new JobSubmitter(null, null, Parents.NONE);

  private final JobClient client;
  private final Batch batch;
  private final Parents parents;

  private JobSubmitter(JobClient client, Batch batch, Parents parents) {
    this.client = client;
    this.batch = batch;
    this.parents = parents;
  }

  /** Submits through the client installed when Stoker started, looked up at each call. */
  public static JobSubmitter installed() {
    return INSTALLED;
  }

  /** Submits through the given client. */
  public static JobSubmitter of(JobClient client) {
    return new JobSubmitter(
        Objects.requireNonNull(client, "client must not be null"), null, Parents.NONE);
  }

  /** Adds the jobs to a batch being created, instead of storing each at once. */
  public JobSubmitter in(Batch batch) {
    return new JobSubmitter(
        client, Objects.requireNonNull(batch, "batch must not be null"), parents);
  }

  /**
   * Makes the jobs continuations: they wait until every parent job succeeded, and are deleted if
   * one fails or is deleted.
   */
  public JobSubmitter after(JobId parent, JobId... more) {
    return new JobSubmitter(client, batch, parents.andJobs(parent, more, false));
  }

  /** Makes the jobs continuations that run once every parent job ended, whatever the way. */
  public JobSubmitter afterAnyOutcome(JobId parent, JobId... more) {
    return new JobSubmitter(client, batch, parents.andJobs(parent, more, true));
  }

  /**
   * Makes the jobs continuations of a batch: they run once every job of the batch succeeded or was
   * deleted (a failed one holds them back until it is requeued or deleted).
   */
  public JobSubmitter afterBatch(BatchId parent) {
    return new JobSubmitter(client, batch, parents.andBatch(parent, false));
  }

  /** Makes the jobs continuations that run once every job of the batch ended, whatever the way. */
  public JobSubmitter afterBatchAnyOutcome(BatchId parent) {
    return new JobSubmitter(client, batch, parents.andBatch(parent, true));
  }

  /** Creates a job that runs as soon as a worker is free (and its parents allow). */
  public JobId enqueue(JobDefinition job, JobArguments arguments) {
    return submit(job, arguments, StartTime.now());
  }

  /** Creates a job that runs once the delay has passed (and its parents allow). */
  public JobId schedule(JobDefinition job, JobArguments arguments, Duration delay) {
    return submit(job, arguments, StartTime.after(delay));
  }

  /**
   * Creates a job that runs at the instant, or at once if it has passed (and its parents allow).
   */
  public JobId scheduleAt(JobDefinition job, JobArguments arguments, Instant instant) {
    return submit(job, arguments, StartTime.at(instant));
  }

  /** Creates a unique job that runs as soon as a worker is free, or finds the one it duplicates. */
  public Enqueued enqueueUnique(JobDefinition job, JobArguments arguments) {
    return submitUnique(job, arguments, StartTime.now());
  }

  /** Creates a unique job that runs once the delay has passed, or finds the one it duplicates. */
  public Enqueued scheduleUnique(JobDefinition job, JobArguments arguments, Duration delay) {
    return submitUnique(job, arguments, StartTime.after(delay));
  }

  /** Creates a unique job that runs at the instant, or finds the one it duplicates. */
  public Enqueued scheduleAtUnique(JobDefinition job, JobArguments arguments, Instant instant) {
    return submitUnique(job, arguments, StartTime.at(instant));
  }

  private Enqueued submitUnique(JobDefinition job, JobArguments arguments, StartTime start) {
    if (batch != null) {
      throw new IllegalStateException(
          "Job '"
              + job.name()
              + "' is unique, and a batch creates all its jobs or none: enqueue it on its own.");
    }
    JobRequest request = new JobRequest(job, arguments, start, parents);
    JobClient target = client != null ? client : InstalledClient.require(job);
    return target.submitUnique(request);
  }

  private JobId submit(JobDefinition job, JobArguments arguments, StartTime start) {
    JobRequest request = new JobRequest(job, arguments, start, parents);
    if (batch != null) {
      return batch.add(request);
    }
    JobClient target = client != null ? client : InstalledClient.require(job);
    return target.submit(request);
  }
}
