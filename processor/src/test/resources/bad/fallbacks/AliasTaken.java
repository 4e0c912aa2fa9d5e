package com.example.bad;

import dev.stoker.annotation.Job;

public class AliasTaken {

  @Job(name = "mail.reminder")
  public void reminder(long userId) {}

  @Job(name = "mail.welcome", aliases = "mail.reminder")
  public void welcome(long userId) {}
}
