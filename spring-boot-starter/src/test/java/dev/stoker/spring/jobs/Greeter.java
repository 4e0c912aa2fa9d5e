package dev.stoker.spring.jobs;

import dev.stoker.annotation.Job;

/** A job on a bean with a dependency, injected through its constructor. */
public class Greeter {

  private final Greetings greetings;

  public Greeter(Greetings greetings) {
    this.greetings = greetings;
  }

  @Job
  public void greet(String name) {
    greetings.add("Hello, " + name);
  }
}
