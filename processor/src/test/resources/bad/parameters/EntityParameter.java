package com.example.bad;

import dev.stoker.annotation.Job;

class User {
  private long id;

  long getId() {
    return id;
  }
}

public class EntityParameter {

  @Job
  public void welcomeEmail(User user) {}
}
