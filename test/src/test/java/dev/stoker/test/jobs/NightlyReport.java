package dev.stoker.test.jobs;

import dev.stoker.annotation.Job;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A recurring job whose cron is in its {@code @Job}: every night at 03:00 in Istanbul. */
public class NightlyReport {

  private final List<Instant> runs = new CopyOnWriteArrayList<>();
  private final Clock clock;

  public NightlyReport(Clock clock) {
    this.clock = clock;
  }

  @Job(name = "kit.nightly", cron = "0 3 * * *", zone = "Europe/Istanbul")
  public void write() {
    runs.add(clock.instant());
  }

  /** When each run happened, by the test's clock. */
  public List<Instant> runs() {
    return List.copyOf(runs);
  }
}
