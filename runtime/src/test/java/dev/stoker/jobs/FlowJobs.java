package dev.stoker.jobs;

import dev.stoker.JobContext;
import dev.stoker.annotation.Job;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Jobs with flow control limits; each counts its own overlapping runs. */
public class FlowJobs {

  @Job(name = "flow.exclusive", exclusive = true)
  public void exclusive(String token, JobContext context) throws InterruptedException {
    work(token, token, context);
  }

  @Job(name = "flow.three-at-a-time", concurrency = 3)
  public void threeAtATime(String token, JobContext context) throws InterruptedException {
    work(token, token, context);
  }

  @Job(name = "flow.per-account", concurrency = 2, concurrencyKey = "accountId")
  public void perAccount(String token, long accountId, JobContext context)
      throws InterruptedException {
    work(token, token + "/" + accountId, context);
  }

  @Job(name = "flow.unique-order", uniqueKey = "orderId")
  public void uniqueOrder(String token, long orderId, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), orderId);
  }

  @Job(name = "flow.unique-order-an-hour", uniqueKey = "orderId", uniqueFor = "PT1H")
  public void uniqueOrderAnHour(String token, long orderId, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), orderId);
  }

  @Job(name = "flow.rate", rateLimit = 4, ratePeriod = "PT1S")
  public void rate(String token, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), null);
  }

  @Job(name = "flow.twice-an-hour", rateLimit = 2, ratePeriod = "PT1H", rateLimitKey = "region")
  public void twiceAnHour(String token, String region, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), region);
  }

  @Job(name = "flow.limited-queue", queue = "critical")
  public void limitedQueue(String token, JobContext context) throws InterruptedException {
    work(token, token, context);
  }

  /** The first run of the token waits for the gate {@code <token>/first}; the others do not. */
  @Job(name = "flow.exclusive-first-waits", exclusive = true)
  public void exclusiveFirstWaits(String token, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), null);
    if (Executions.count(token) == 1) {
      Gates.awaitIgnoringInterrupts(token + "/first");
    }
  }

  private static volatile Clock clock = Clock.systemUTC();

  /** The clock {@link #takesThreeMinutes} reads its three minutes on. */
  public static void useClock(Clock testClock) {
    clock = testClock;
  }

  /**
   * The seeds' job that takes three minutes, on the clock given: registered to run every minute.
   */
  @Job(name = "flow.takes-three-minutes", exclusive = true)
  public void takesThreeMinutes(String token, JobContext context) throws InterruptedException {
    Instant end = clock.instant().plus(Duration.ofMinutes(3));
    Overlaps.enter(token);
    try {
      Executions.record(token, context.id(), context.attempt(), clock.instant());
      while (clock.instant().isBefore(end) && !context.isCancellationRequested()) {
        Thread.sleep(2); // the test moves the clock on
      }
    } finally {
      Overlaps.leave(token);
    }
  }

  /** Takes a few milliseconds, so that runs that may overlap do. */
  private static void work(String token, String key, JobContext context)
      throws InterruptedException {
    Overlaps.enter(key);
    try {
      Executions.record(token, context.id(), context.attempt(), key);
      Thread.sleep(3);
    } finally {
      Overlaps.leave(key);
    }
  }
}
