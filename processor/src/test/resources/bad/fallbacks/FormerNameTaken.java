package com.example.bad;

import dev.stoker.annotation.Alias;
import dev.stoker.annotation.Job;

public class FormerNameTaken {

  @Job
  public void welcome(long userId, @Alias("note") String text, String note) {}
}
