package dev.stoker.spring.jobs;

import dev.stoker.annotation.Job;

/** A job that runs until its gate opens. */
public class LongJob {

  private final Gate gate;

  public LongJob(Gate gate) {
    this.gate = gate;
  }

  @Job(queue = "slow")
  public void holdOn(String key) {
    gate.pass();
  }
}
