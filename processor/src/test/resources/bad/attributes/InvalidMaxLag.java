package com.example.bad;

import dev.stoker.annotation.Job;

public class InvalidMaxLag {

  @Job(
      cron = "0 3 * * *",
      maxLag = "2 hours")
  public void dailyReport() {}
}
