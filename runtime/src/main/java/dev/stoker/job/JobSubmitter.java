package dev.stoker.job;

import dev.stoker.JobClient;
import dev.stoker.JobId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Submits jobs through a client: the installed one, or one given explicitly. The generated {@code
 * <Name>Jobs} classes wrap it with typed methods.
 */
public final class JobSubmitter {

  private static final JobSubmitter INSTALLED = new JobSubmitter(null);

  private final JobClient client;

  private JobSubmitter(JobClient client) {
    this.client = client;
  }

  /** Submits through the client installed when Stoker started, looked up at each call. */
  public static JobSubmitter installed() {
    return INSTALLED;
  }

  /** Submits through the given client. */
  public static JobSubmitter of(JobClient client) {
    return new JobSubmitter(Objects.requireNonNull(client, "client must not be null"));
  }

  /** Creates a job that runs as soon as a worker is free. */
  public JobId enqueue(JobDefinition job, JobArguments arguments) {
    return submit(job, arguments, StartTime.now());
  }

  /** Creates a job that runs once the delay has passed. */
  public JobId schedule(JobDefinition job, JobArguments arguments, Duration delay) {
    return submit(job, arguments, StartTime.after(delay));
  }

  /** Creates a job that runs at the instant, or at once if it has passed. */
  public JobId scheduleAt(JobDefinition job, JobArguments arguments, Instant instant) {
    return submit(job, arguments, StartTime.at(instant));
  }

  private JobId submit(JobDefinition job, JobArguments arguments, StartTime start) {
    JobRequest request = new JobRequest(job, arguments, start);
    JobClient target = client != null ? client : InstalledClient.require(job);
    return target.submit(request);
  }
}
