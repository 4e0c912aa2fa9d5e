package com.example.bad;

import dev.stoker.annotation.Job;

public class SameClassName {

  @Job(name = "welcome-email")
  public void sendWelcome(long userId) {}

  @Job
  public void welcomeEmail(long userId) {}
}
