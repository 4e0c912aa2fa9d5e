package com.example.bad;

import dev.stoker.annotation.Default;
import dev.stoker.annotation.Job;
import java.time.DayOfWeek;

public class EnumDefault {

  @Job
  public void remind(long userId, @Default("MONDAYS") DayOfWeek day) {}
}
