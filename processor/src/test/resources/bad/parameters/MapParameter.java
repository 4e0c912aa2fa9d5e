package com.example.bad;

import dev.stoker.annotation.Job;
import java.util.Map;

public class MapParameter {

  @Job
  public void applyLimits(Map<String, Integer> limits) {}
}
