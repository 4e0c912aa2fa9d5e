package com.example.bad;

import dev.stoker.annotation.Job;
import java.util.Collection;

public class CollectionParameter {

  @Job
  public void notifyUsers(Collection<Long> userIds) {}
}
