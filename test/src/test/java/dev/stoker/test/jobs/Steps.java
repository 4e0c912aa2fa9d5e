package dev.stoker.test.jobs;

import dev.stoker.JobContext;
import dev.stoker.annotation.Job;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Jobs that note each run, for chains, batches, retries and failures. */
public class Steps {

  private final List<String> ran = new CopyOnWriteArrayList<>();
  private volatile int failuresLeft;

  /** The next {@code failures} runs of {@link #flaky} fail. */
  public Steps failing(int failures) {
    this.failuresLeft = failures;
    return this;
  }

  @Job(name = "kit.step")
  public void step(String name) {
    ran.add(name);
  }

  @Job(name = "kit.flaky", retries = 3)
  public void flaky(String name, JobContext context) {
    ran.add(name + " attempt " + context.attempt());
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new IllegalStateException(name + " is down");
    }
  }

  @Job(name = "kit.broken", retries = 0)
  public void broken(String name) throws IOException {
    ran.add(name);
    throw new IOException("disk full while writing " + name);
  }

  @Job(name = "kit.priced", queue = "billing")
  public void priced(String item, BigDecimal price, List<String> tags) {
    ran.add(item + " " + price + " " + tags);
  }

  @Job(name = "kit.fan-out")
  public void fanOut(String name, int count) {
    ran.add(name);
    for (int i = 1; i <= count; i++) {
      KitStepJobs.enqueue(name + "." + i);
    }
  }

  @Job(name = "kit.forever")
  public void forever(int n) {
    ran.add("forever " + n);
    KitForeverJobs.enqueue(n + 1);
  }

  public List<String> ran() {
    return List.copyOf(ran);
  }
}
