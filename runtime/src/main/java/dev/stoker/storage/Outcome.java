package dev.stoker.storage;

import dev.stoker.JobState;
import dev.stoker.monitoring.ExceptionInfo;
import java.time.Instant;

/** How an attempt ended, as it is recorded. */
public sealed interface Outcome {

  /** The state the job moves to. */
  JobState state();

  /** Why, in words, for the history. */
  String reason();

  /** The job ran to the end. */
  record Succeeded(String reason) implements Outcome {
    @Override
    public JobState state() {
      return JobState.SUCCEEDED;
    }
  }

  /** The job failed and will run again at {@code runAt}. */
  record Retrying(Instant runAt, ExceptionInfo exception, String reason) implements Outcome {
    @Override
    public JobState state() {
      return JobState.SCHEDULED;
    }
  }

  /** The job failed with no retries left. */
  record Failed(ExceptionInfo exception, String reason) implements Outcome {
    @Override
    public JobState state() {
      return JobState.FAILED;
    }
  }

  /** The attempt did not finish (shutdown): the job goes back on its queue at once. */
  record HandedBack(String reason) implements Outcome {
    @Override
    public JobState state() {
      return JobState.ENQUEUED;
    }
  }
}
