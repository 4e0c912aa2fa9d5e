package com.example.bad;

import dev.stoker.annotation.Job;

public class InvalidCronFieldCount {

  @Job(
      cron = "0 3 * *")
  public void dailyReport() {}
}
