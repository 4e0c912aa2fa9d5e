package com.example.bad;

import dev.stoker.annotation.Job;

public class GenericMethod {

  @Job
  public <T> void refresh(String key) {}
}
