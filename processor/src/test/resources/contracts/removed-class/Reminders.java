package com.example.mail;

import dev.stoker.annotation.Job;

public class Reminders {

  @Job(queue = "mail")
  public void reminder(long userId) {}
}
