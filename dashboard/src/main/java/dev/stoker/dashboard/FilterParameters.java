package dev.stoker.dashboard;

import dev.stoker.BatchId;
import dev.stoker.JobState;
import dev.stoker.monitoring.ArgumentMatch;
import dev.stoker.monitoring.JobFilter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A job list's filter in the URL, both ways: {@code state}, {@code name}, {@code queue}, {@code
 * batch}, {@code arg} (an argument's value, {@code userId = 42}) and {@code from}/{@code to} (the
 * creation time, UTC). The list and the bulk actions read the same fields.
 */
final class FilterParameters {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private FilterParameters() {}

  static JobFilter read(Exchange exchange) {
    String argument = exchange.parameter("arg");
    return JobFilter.all()
        .withState(state(exchange.parameter("state")))
        .name(exchange.parameter("name"))
        .queue(exchange.parameter("queue"))
        .batch(batch(exchange.parameter("batch")))
        .argument(argument == null ? null : ArgumentMatch.parse(argument))
        .created(time("from", exchange.parameter("from")), time("to", exchange.parameter("to")));
  }

  /** The list's URL, relative to the dashboard's root, with the filter and page in its query. */
  static String link(JobFilter filter, String older, String newer) {
    List<String> query = new ArrayList<>();
    if (filter.state() != null) {
      query.add("state=" + filter.state().name());
    }
    if (filter.name() != null) {
      query.add("name=" + Formats.url(filter.name()));
    }
    if (filter.queue() != null) {
      query.add("queue=" + Formats.url(filter.queue()));
    }
    if (filter.batch() != null) {
      query.add("batch=" + filter.batch());
    }
    if (filter.argument() != null) {
      query.add("arg=" + Formats.url(filter.argument().toString()));
    }
    if (filter.createdFrom() != null) {
      query.add("from=" + Formats.url(minute(filter.createdFrom())));
    }
    if (filter.createdBefore() != null) {
      query.add("to=" + Formats.url(minute(filter.createdBefore())));
    }
    if (older != null) {
      query.add("older=" + older);
    }
    if (newer != null) {
      query.add("newer=" + newer);
    }
    return query.isEmpty() ? "jobs" : "jobs?" + String.join("&", query);
  }

  /** A time as the form's fields show it: minutes, UTC. */
  static String minute(Instant time) {
    return time == null ? null : MINUTE.format(time.atOffset(ZoneOffset.UTC));
  }

  private static JobState state(String text) {
    if (text == null) {
      return null;
    }
    try {
      return JobState.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("There is no job state '" + text + "'");
    }
  }

  private static BatchId batch(String text) {
    return text == null ? null : BatchId.parse(text);
  }

  /** An instant ({@code 2026-03-01T09:00:00Z}), or a time without zone, read as UTC. */
  private static Instant time(String field, String text) {
    if (text == null) {
      return null;
    }
    try {
      return text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")
          ? OffsetDateTime.parse(text).toInstant()
          : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "The time '"
              + text
              + "' in '"
              + field
              + "' is not a date and time: write it as 2026-03-01T09:00 (UTC)");
    }
  }
}
