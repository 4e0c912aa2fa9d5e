package com.example.bad;

import dev.stoker.annotation.Job;

public class InvalidCron {

  @Job(
      queue = "reports",
      cron = "0 25 * * *")
  public void dailyReport() {}
}
