package com.example.b;

import dev.stoker.annotation.Job;

public class Notifier {

  @Job(
      queue = "notifications",
      name = "mail.send")
  public void notifyUser(long userId) {}
}
