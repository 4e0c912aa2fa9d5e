package com.example.bad;

import dev.stoker.annotation.Job;

public class InvalidMethodName {

  @Job(queue = "mail")
  public void send$now(long userId) {}
}
