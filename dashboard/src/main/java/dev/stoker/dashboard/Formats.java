package dev.stoker.dashboard;

import dev.stoker.JobState;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages write times, durations, ids and states: short, and the same everywhere. */
final class Formats {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
  private static final int LONGEST_ARGUMENTS = 120;

  private Formats() {}

  static String time(Instant instant) {
    return instant == null ? "—" : TIME.format(instant);
  }

  /** "3 s ago", "in 5 min": how far the instant is from now. */
  static String relative(Instant instant, Instant now) {
    if (instant == null) {
      return "—";
    }
    Duration between = Duration.between(instant, now);
    return between.isNegative() ? "in " + duration(between.negated()) : duration(between) + " ago";
  }

  static String duration(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return seconds / 60 + " min";
    }
    if (seconds < 86_400) {
      return seconds / 3600 + " h " + (seconds % 3600) / 60 + " min";
    }
    return seconds / 86_400 + " d " + (seconds % 86_400) / 3600 + " h";
  }

  /**
   * The last characters of an id: its random part (the first ones are its creation time, the same
   * for jobs created together), enough to tell jobs apart on a page.
   */
  static String shortId(Object id) {
    String text = String.valueOf(id);
    return text.length() <= 8 ? text : "…" + text.substring(text.length() - 8);
  }

  static String stateClass(JobState state) {
    return "state state-" + state.name().toLowerCase(Locale.ROOT);
  }

  static String stateName(Object state) {
    String name = String.valueOf(state);
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  /** Arguments cut to one line's length for lists. */
  static String clip(String text) {
    if (text == null || text.length() <= LONGEST_ARGUMENTS) {
      return text;
    }
    return text.substring(0, LONGEST_ARGUMENTS - 1) + "…";
  }

  /** A value as one part of a URL's query. */
  static String url(Object value) {
    return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
  }

  static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }
}
