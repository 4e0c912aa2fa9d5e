package com.example.bad;

import dev.stoker.annotation.Job;

public class ArrayParameter {

  @Job
  public void sumScores(int[] scores) {}
}
