package com.example.bad;

import dev.stoker.annotation.Job;

public class NameIsAlias {

  @Job(name = "mail.welcome", aliases = "mail.greeting")
  public void welcome(long userId) {}

  @Job(name = "mail.greeting")
  public void greeting(long userId) {}
}
