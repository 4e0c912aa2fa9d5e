package dev.stoker.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until a test moves it: give it to {@code
 * Stoker.builder().clock(clock).withoutServer()} and test delays, retries and schedules without
 * waiting for them.
 *
 * <pre>{@code
 * TestClock clock = TestClock.atFixedMoment();
 * Stoker stoker = Stoker.builder().clock(clock).withoutServer().start();
 * ReminderJobs.schedule(Duration.ofMinutes(15), userId);
 * clock.advance(Duration.ofMinutes(15));
 * stoker.runDueJobs();
 * }</pre>
 */
public final class TestClock extends Clock {

  private volatile Instant now;

  public TestClock(Instant start) {
    this.now = start;
  }

  /** A clock at a fixed, whole-second moment. */
  public static TestClock atFixedMoment() {
    return new TestClock(Instant.parse("2026-03-01T09:00:00Z"));
  }

  /** Moves the clock forward. */
  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  /** Sets the clock to an instant, in the past or the future. */
  public void set(Instant instant) {
    now = instant;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** A view in another zone that moves with this clock. */
  @Override
  public Clock withZone(ZoneId zone) {
    TestClock source = this;
    return new Clock() {
      @Override
      public Instant instant() {
        return source.instant();
      }

      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return source.withZone(other);
      }
    };
  }
}
