package com.example.bad;

import dev.stoker.annotation.Job;

public class InvalidAlias {

  @Job(name = "mail.welcome", aliases = "old welcome")
  public void welcome(long userId) {}
}
