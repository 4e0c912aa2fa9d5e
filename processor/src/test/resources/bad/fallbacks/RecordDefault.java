package com.example.bad;

import dev.stoker.annotation.Default;
import dev.stoker.annotation.Job;

public class RecordDefault {

  public record Window(int from, int to) {}

  @Job
  public void remind(long userId, @Default("{}") Window window) {}
}
