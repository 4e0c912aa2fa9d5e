package com.example.bad;

import dev.stoker.annotation.Default;
import dev.stoker.annotation.Job;

public class NumberDefault {

  @Job
  public void remind(long userId, @Default("300") byte times) {}
}
