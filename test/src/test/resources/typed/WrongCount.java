package com.example;

import static dev.stoker.test.StokerAssertions.assertEnqueued;

import dev.stoker.annotation.Job;

public class WrongCount {

  @Job
  public void remind(long userId, String note) {}

  void missingArgument() {
    assertEnqueued(RemindJobs.with(42L));
  }
}
