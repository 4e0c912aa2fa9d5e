package com.example.bad;

import dev.stoker.annotation.Job;

public class ZeroTimeout {

  @Job(timeout = "PT0S")
  public void monthlyReport() {}
}
