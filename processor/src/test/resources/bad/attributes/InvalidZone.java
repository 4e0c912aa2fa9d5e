package com.example.bad;

import dev.stoker.annotation.Job;

public class InvalidZone {

  @Job(
      cron = "0 3 * * *",
      zone = "Europe/Istambul")
  public void dailyReport() {}
}
