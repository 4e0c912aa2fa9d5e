package dev.stoker.job;

import dev.stoker.JobClient;
import dev.stoker.JobId;
import java.time.Duration;
import java.time.Instant;

public final class JobSubmitter {
  private JobSubmitter() {}

  public static JobSubmitter installed() {
    throw new UnsupportedOperationException();
  }

  public static JobSubmitter of(JobClient client) {
    throw new UnsupportedOperationException();
  }

  public JobId enqueue(JobDefinition job, JobArguments arguments) {
    throw new UnsupportedOperationException();
  }

  public JobId schedule(JobDefinition job, JobArguments arguments, Duration delay) {
    throw new UnsupportedOperationException();
  }

  public JobId scheduleAt(JobDefinition job, JobArguments arguments, Instant instant) {
    throw new UnsupportedOperationException();
  }
}
