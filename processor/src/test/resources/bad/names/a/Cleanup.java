package com.example.a;

import dev.stoker.annotation.Job;

public class Cleanup {

  @Job
  public void purge() {}
}
