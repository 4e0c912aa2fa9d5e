package com.example.bad;

import dev.stoker.annotation.Job;

public class InvalidExcept {

  @Job(
      cron = "0 8 * * MON-FRI",
      except = "* * * * 5X")
  public void morningReport() {}
}
