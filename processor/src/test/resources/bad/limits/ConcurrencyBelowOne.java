package com.example.bad;

import dev.stoker.annotation.Job;

public class ConcurrencyBelowOne {

  @Job(concurrency = 0)
  public void syncAccount(long accountId) {}
}
