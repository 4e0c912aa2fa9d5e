package com.example.bad;

import dev.stoker.annotation.Job;

public class InvalidTimeout {

  @Job(
      queue = "reports",
      timeout = "30 minutes")
  public void monthlyReport() {}
}
