package com.example.bad;

import dev.stoker.annotation.Default;
import dev.stoker.annotation.Job;

public class ComponentDefault {

  public record Window(int from, @Default("late") int to) {}

  @Job
  public void remind(long userId, Window window) {}
}
