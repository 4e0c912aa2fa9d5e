package com.example.bad;

import dev.stoker.annotation.Job;
import java.util.Optional;

public class OptionalParameter {

  @Job
  public void remind(long userId, Optional<String> note) {}
}
