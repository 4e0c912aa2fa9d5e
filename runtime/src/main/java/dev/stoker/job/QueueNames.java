package dev.stoker.job;

import java.util.regex.Pattern;

/** The rule queue names follow, as {@code @Job(queue = ...)} checks it at compile time. */
public final class QueueNames {

  private static final Pattern QUEUE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");

  private QueueNames() {}

  /** Returns the name, or throws {@link IllegalArgumentException} saying what a name may be. */
  public static String check(String queue) {
    if (queue == null || !QUEUE.matcher(queue).matches()) {
      throw new IllegalArgumentException(
          "'"
              + queue
              + "' is not a queue name: use 1 to 100 lower-case letters, digits, '_' or '-',"
              + " starting with a letter or digit, as @Job(queue = ...) does");
    }
    return queue;
  }
}
