package dev.stoker.micrometer;

import io.micrometer.core.instrument.Meter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Meters of one name found by their tag values in a map: built and registered the first time a
 * combination is seen, not on every attempt (a registry lookup builds and sorts the meter's tags).
 */
final class MeterCache<M extends Meter> {

  private final Map<List<String>, M> meters = new ConcurrentHashMap<>();
  private final Function<List<String>, M> register;

  /**
   * @param register builds and registers the meter for the tag values, in the order {@link #get} is
   *     given them
   */
  MeterCache(Function<List<String>, M> register) {
    this.register = register;
  }

  /** The meter for these tag values. */
  M get(String... tagValues) {
    List<String> key = List.of(tagValues);
    M meter = meters.get(key);
    return meter != null ? meter : meters.computeIfAbsent(key, register);
  }
}
