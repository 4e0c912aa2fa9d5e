package dev.stoker.jobs;

import dev.stoker.JobContext;
import dev.stoker.annotation.Job;

/** A job class without a no-argument constructor: it needs an instance registered with Stoker. */
public class GreetingJobs {

  private final String greeting;

  public GreetingJobs(String greeting) {
    this.greeting = greeting;
  }

  @Job(name = "test.greet")
  public void greet(String token, String name, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), greeting + ", " + name);
  }
}
