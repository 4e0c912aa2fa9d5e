package com.example;

import static dev.stoker.test.StokerAssertions.assertEnqueued;

import dev.stoker.annotation.Job;

public class WelcomeTest {

  @Job
  public void welcome(long userId, String note) {}

  void rightArguments() {
    assertEnqueued(WelcomeJobs.with(42L, "hi"));
  }
}
