package com.example.billing;

import dev.stoker.annotation.Job;

public class BillingService {

  @Job(
      name = "billing.sync-account",
      concurrency = 1,
      concurrencyKey = "accountId",
      rateLimit = 10,
      ratePeriod = "PT1M")
  public void syncAccount(long accountId, String region) {}

  @Job(name = "billing.invoice", uniqueKey = "accountId", uniqueFor = "PT1H")
  public void invoice(long accountId, int month) {}

  @Job(name = "billing.close-books", exclusive = true, cron = "* * * * *")
  public void closeBooks() {}
}
