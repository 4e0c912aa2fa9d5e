package com.example.b;

import dev.stoker.annotation.Job;

public class Purger {

  @Job
  public void purge() {}
}
