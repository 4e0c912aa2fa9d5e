package com.example.bad;

import dev.stoker.annotation.Job;

public class InvalidRatePeriod {

  @Job(rateLimit = 10, ratePeriod = "1 minute")
  public void syncAccount(long accountId) {}
}
