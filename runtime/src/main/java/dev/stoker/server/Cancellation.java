package dev.stoker.server;

import java.time.Duration;

/** Why a running job was asked to stop. */
enum Cancellation {
  /** The server is shutting down: an unfinished job goes back on its queue. */
  SHUTDOWN("its server is shutting down"),
  /** The job ran longer than its {@code @Job(timeout)}: the attempt failed. */
  TIMED_OUT("it ran longer than its timeout"),
  /** The job was deleted, or handed to another server: this attempt's outcome would not count. */
  NOT_CURRENT("it was deleted, or handed to another server");

  /**
   * How long a job asked to stop may take to do so before it is given up: handed back at shutdown,
   * recorded as timed out after its timeout.
   */
  static final Duration TIME_TO_STOP = Duration.ofSeconds(2);

  private final String reason;

  Cancellation(String reason) {
    this.reason = reason;
  }

  /** Why, as the end of a sentence ("asked to stop: ..."). */
  String reason() {
    return reason;
  }
}
