package com.example.bad;

import dev.stoker.annotation.Job;

record Pair<A, B>(A first, B second) {}

public class GenericRecord {

  @Job
  public void compare(Pair<String, String> versions) {}
}
