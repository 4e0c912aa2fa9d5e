package com.example.bad;

import dev.stoker.annotation.Job;

public class InvalidQueue {

  @Job(
      retries = 2,
      queue = "Mail Queue")
  public void sendDigest() {}
}
