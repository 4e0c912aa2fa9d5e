package dev.stoker.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** When a new job may start: now, after a delay, or at an instant. */
public sealed interface StartTime {

  /** As soon as a worker is free. */
  static StartTime now() {
    return Now.INSTANCE;
  }

  /** After the delay, counted from the moment the job is created. */
  static StartTime after(Duration delay) {
    return new After(Objects.requireNonNull(delay, "delay must not be null"));
  }

  /** At the instant, or as soon as possible if it has passed. */
  static StartTime at(Instant instant) {
    return new At(Objects.requireNonNull(instant, "the start instant must not be null"));
  }

  /** The instant this start time stands for, for a job created at {@code now}. */
  Instant resolve(Instant now);

  /** Starts as soon as a worker is free. */
  enum Now implements StartTime {
    INSTANCE;

    @Override
    public Instant resolve(Instant now) {
      return now;
    }
  }

  /** Starts after a delay. */
  record After(Duration delay) implements StartTime {
    @Override
    public Instant resolve(Instant now) {
      return now.plus(delay);
    }
  }

  /** Starts at an instant. */
  record At(Instant instant) implements StartTime {
    @Override
    public Instant resolve(Instant now) {
      return instant;
    }
  }
}
