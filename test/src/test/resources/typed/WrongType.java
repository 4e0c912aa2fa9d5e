package com.example;

import static dev.stoker.test.StokerAssertions.assertEnqueued;

import dev.stoker.annotation.Job;

public class WrongType {

  @Job
  public void greet(long userId) {}

  void wrongType() {
    assertEnqueued(GreetJobs.with("42"));
  }
}
