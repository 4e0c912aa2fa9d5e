package com.example.bad;

import dev.stoker.annotation.Alias;
import dev.stoker.annotation.Job;

public class InvalidFormerName {

  @Job
  public void welcome(@Alias("user id") long userId) {}
}
