package com.example.bad;

import dev.stoker.annotation.Job;

public class MissingKey {

  @Job(concurrency = 1, concurrencyKey = "acountId")
  public void syncAccount(long accountId, String region) {}
}
