package com.example.bad;

import dev.stoker.annotation.Job;

public class NegativeRetries {

  @Job(
      queue = "mail",
      retries = -1)
  public void sendDigest() {}
}
