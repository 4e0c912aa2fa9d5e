package dev.stoker.jobs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many runs of a test job were going on at once, counted by the jobs themselves: each run
 * enters its key when it starts and leaves it when it ends, and the most seen together is kept.
 */
public final class Overlaps {

  private static final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
  private static final Map<String, AtomicInteger> most = new ConcurrentHashMap<>();

  private Overlaps() {}

  static void enter(String key) {
    int now = running.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    most.computeIfAbsent(key, k -> new AtomicInteger()).accumulateAndGet(now, Math::max);
  }

  static void leave(String key) {
    running.get(key).decrementAndGet();
  }

  /** The most runs of the key that were going on at the same moment. */
  public static int most(String key) {
    AtomicInteger value = most.get(key);
    return value == null ? 0 : value.get();
  }
}
