package dev.stoker.jobs;

import dev.stoker.JobContext;
import dev.stoker.annotation.Job;

/** Jobs about a user's account, found again by their arguments' values. */
public class AccountJobs {

  /** Fails for good for a negative user id: a failed job to requeue in bulk. */
  @Job(name = "test.account", retries = 0)
  public void account(long userId, String token, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), null);
    if (userId < 0) {
      throw new IllegalArgumentException("No user " + userId);
    }
  }
}
