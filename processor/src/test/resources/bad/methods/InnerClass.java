package com.example.bad;

import dev.stoker.annotation.Job;

public class InnerClass {

  public class Reports {

    @Job
    public void dailyReport() {}
  }
}
