package com.example.a;

import dev.stoker.annotation.Job;

public class Mailer {

  @Job(name = "mail.send")
  public void send(long messageId) {}
}
