package com.example.bad;

import dev.stoker.annotation.Job;
import java.time.LocalDate;

public class CronWithParameters {

  @Job(
      queue = "reports",
      cron = "0 3 * * *")
  public void dailyReport(LocalDate day) {}
}
