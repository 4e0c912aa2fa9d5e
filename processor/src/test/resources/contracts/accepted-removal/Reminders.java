package com.example.mail;

import dev.stoker.annotation.BreaksStoredJobs;
import dev.stoker.annotation.Job;

@BreaksStoredJobs("job mail.welcome: removed")
public class Reminders {

  @Job(queue = "mail")
  public void reminder(long userId) {}
}
