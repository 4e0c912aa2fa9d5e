package com.example.bad;

import dev.stoker.annotation.Job;

public class Overloads {

  @Job
  public void welcomeEmail(long userId) {}

  @Job
  public void welcomeEmail(String address) {}
}
