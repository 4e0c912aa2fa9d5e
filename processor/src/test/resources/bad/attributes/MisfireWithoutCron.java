package com.example.bad;

import dev.stoker.annotation.Job;
import dev.stoker.annotation.Misfire;

public class MisfireWithoutCron {

  @Job(
      queue = "reports",
      misfire = Misfire.SKIP)
  public void dailyReport(long regionId) {}
}
