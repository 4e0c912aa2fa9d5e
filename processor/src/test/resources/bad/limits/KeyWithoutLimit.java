package com.example.bad;

import dev.stoker.annotation.Job;

public class KeyWithoutLimit {

  @Job(concurrencyKey = "accountId")
  public void syncAccount(long accountId) {}
}
