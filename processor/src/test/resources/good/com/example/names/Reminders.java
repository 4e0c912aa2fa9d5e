package com.example.names;

import dev.stoker.annotation.Job;
import java.time.Duration;
import java.time.Instant;

/** Parameters named like the identifiers generated code uses. */
public class Reminders {

  @Job
  public void remind(
      Duration delay,
      Instant instant,
      String out,
      String invocation,
      String arguments,
      String submitter,
      long DEFINITION,
      long INSTALLED,
      Window WINDOW) {}

  public record Window(Instant from, Instant to) {}
}
