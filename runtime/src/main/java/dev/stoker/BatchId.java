package dev.stoker;

import java.util.Objects;
import java.util.UUID;

/** The id of a batch of jobs created together. */
public record BatchId(UUID value) {

  public BatchId {
    Objects.requireNonNull(value, "value");
  }

  /** Reads an id as {@link #toString()} writes it. */
  public static BatchId parse(String text) {
    try {
      return new BatchId(UUID.fromString(text.trim()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' is not a batch id: expected a UUID", e);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
