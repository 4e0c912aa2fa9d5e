package dev.stoker.micrometer;

import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
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

  /** Timers named {@code name}, tagged with {@code keys} and the values {@link #get} is given. */
  static MeterCache<Timer> timers(MeterRegistry meters, String name, String... keys) {
    return new MeterCache<>(
        values -> Timer.builder(name).tags(tags(keys, values)).register(meters));
  }

  /** Long-task timers named {@code name}, tagged as {@link #timers} are. */
  static MeterCache<LongTaskTimer> longTaskTimers(
      MeterRegistry meters, String name, String... keys) {
    return new MeterCache<>(
        values -> LongTaskTimer.builder(name).tags(tags(keys, values)).register(meters));
  }

  private static Tags tags(String[] keys, List<String> values) {
    if (keys.length != values.size()) {
      throw new IllegalArgumentException(
          "Tags " + List.of(keys) + " were given " + values.size() + " values: " + values);
    }
    Tags tags = Tags.empty();
    for (int i = 0; i < keys.length; i++) {
      tags = tags.and(keys[i], values.get(i));
    }
    return tags;
  }

  /** The meter for these tag values. */
  M get(String... tagValues) {
    List<String> key = List.of(tagValues);
    M meter = meters.get(key);
    return meter != null ? meter : meters.computeIfAbsent(key, register);
  }
}
