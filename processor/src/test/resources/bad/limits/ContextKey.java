package com.example.bad;

import dev.stoker.JobContext;
import dev.stoker.annotation.Job;

public class ContextKey {

  @Job(uniqueKey = "context")
  public void syncAccount(long accountId, JobContext context) {}
}
