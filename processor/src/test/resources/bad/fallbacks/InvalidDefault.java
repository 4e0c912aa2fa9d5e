package com.example.bad;

import dev.stoker.annotation.Default;
import dev.stoker.annotation.Job;
import java.time.Duration;

public class InvalidDefault {

  @Job
  public void remind(long userId, @Default("soon") Duration delay) {}
}
