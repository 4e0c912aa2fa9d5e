package com.example.bad;

import dev.stoker.annotation.Job;

public class ExclusiveWithConcurrency {

  @Job(exclusive = true, concurrency = 3)
  public void syncAccount(long accountId) {}
}
