package dev.stoker;

import java.util.Objects;
import java.util.UUID;

/** The id of a job, as stored in the database and shown on the dashboard. */
public record JobId(UUID value) {

  public JobId {
    Objects.requireNonNull(value, "value");
  }

  /** Reads an id as {@link #toString()} writes it. */
  public static JobId parse(String text) {
    try {
      return new JobId(UUID.fromString(text.trim()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' is not a job id: expected a UUID", e);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
