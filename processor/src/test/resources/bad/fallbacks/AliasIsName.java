package com.example.bad;

import dev.stoker.annotation.Job;

public class AliasIsName {

  @Job(name = "mail.welcome", aliases = "mail.welcome")
  public void welcome(long userId) {}
}
