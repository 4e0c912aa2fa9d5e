package com.example.bad;

import dev.stoker.annotation.Job;

public class InvalidName {

  @Job(
      queue = "mail",
      name = "1st welcome email")
  public void welcomeEmail(long userId) {}
}
