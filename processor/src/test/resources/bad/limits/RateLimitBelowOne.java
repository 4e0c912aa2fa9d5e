package com.example.bad;

import dev.stoker.annotation.Job;

public class RateLimitBelowOne {

  @Job(rateLimit = -5)
  public void syncAccount(long accountId) {}
}
