package com.example.bad;

import dev.stoker.annotation.Job;

public class PrivateMethod {

  @Job
  private void cleanUp() {}
}
