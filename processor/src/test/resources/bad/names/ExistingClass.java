package com.example.bad;

import dev.stoker.annotation.Job;

class ReportJobs {}

public class ExistingClass {

  @Job
  public void report() {}
}
