package dev.stoker.processor;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads {@code @Job(timeout = ...)}: a positive ISO-8601 duration. */
final class JobTimeouts {

  private JobTimeouts() {}

  /** The timeout the text stands for, or empty if it is not a positive ISO-8601 duration. */
  static Optional<Duration> parse(String text) {
    try {
      Duration timeout = Duration.parse(text);
      return timeout.isNegative() || timeout.isZero() ? Optional.empty() : Optional.of(timeout);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
