package dev.stoker.cron;

import com.cronutils.model.CompositeCron;
import com.cronutils.model.Cron;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A cron expression in Stoker's syntax (see {@link CronSyntax}), read by cron-utils. The same class
 * checks {@code @Job(cron = ...)} at compile time and computes fire times at run time, so an
 * expression the compiler accepts is one the runtime understands.
 *
 * <p>Fire times are wall-clock times without a zone: what a time zone does to them (a gap or a
 * repeated hour on daylight-saving days) is the caller's to decide. As in Unix cron, when both the
 * day of the month and the day of the week are restricted, a day matching either fires.
 */
public final class CronExpression {

  private static final int DAY_OF_MONTH = 2;
  private static final int DAY_OF_WEEK = 4;

  private final String expression;
  private final boolean seconds;
  private final Cron cron;
  private ExecutionTime executionTime;

  private CronExpression(String expression, boolean seconds, Cron cron) {
    this.expression = expression;
    this.seconds = seconds;
    this.cron = cron;
  }

  /**
   * Reads an expression; throws {@link InvalidCronException}, whose message is the parser's reason,
   * when it is not valid.
   */
  public static CronExpression parse(String expression) {
    Objects.requireNonNull(expression, "expression");
    String trimmed = expression.strip();
    if (trimmed.startsWith("@")) {
      return new CronExpression(
          expression, false, read(expression, CronSyntax.FIVE_FIELDS, trimmed));
    }
    String[] fields = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    if (fields.length != 5 && fields.length != 6) {
      throw new InvalidCronException(
          expression,
          "it has "
              + fields.length
              + (fields.length == 1 ? " field" : " fields")
              + ", but a cron expression has 5 (minute hour day-of-month month day-of-week), 6"
              + " (seconds first) or is a macro such as @daily",
          null);
    }
    boolean seconds = fields.length == 6;
    CronParser parser = seconds ? CronSyntax.SIX_FIELDS : CronSyntax.FIVE_FIELDS;
    int offset = seconds ? 1 : 0;
    for (int i = 0; i < fields.length; i++) {
      fields[i] = fields[i].toUpperCase(Locale.ROOT);
    }
    String dayOfMonth = fields[offset + DAY_OF_MONTH];
    String dayOfWeek = fields[offset + DAY_OF_WEEK];
    Cron whole = read(expression, parser, String.join(" ", fields));
    if (!restricts(dayOfMonth) || !restricts(dayOfWeek)) {
      return new CronExpression(expression, seconds, whole);
    }
    // Unix cron fires on a day that matches either day field; cron-utils wants both.
    List<Cron> either = new ArrayList<>();
    fields[offset + DAY_OF_WEEK] = "?";
    either.add(read(expression, parser, String.join(" ", fields)));
    fields[offset + DAY_OF_WEEK] = dayOfWeek;
    fields[offset + DAY_OF_MONTH] = "?";
    either.add(read(expression, parser, String.join(" ", fields)));
    return new CronExpression(expression, seconds, new CompositeCron(either));
  }

  /** As Vixie cron decides: a day field that starts with '*' (or is '?') restricts nothing. */
  private static boolean restricts(String dayField) {
    return !dayField.startsWith("*") && !dayField.equals("?");
  }

  private static Cron read(String expression, CronParser parser, String text) {
    try {
      return parser.parse(text).validate();
    } catch (IllegalArgumentException e) {
      throw new InvalidCronException(expression, reason(e), e);
    }
  }

  private static String reason(IllegalArgumentException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.strip().replaceAll("\\.$", "");
  }

  /** The expression as it was written. */
  public String expression() {
    return expression;
  }

  /** The first fire time strictly after the given wall-clock time, if there is one. */
  public Optional<LocalDateTime> nextAfter(LocalDateTime time) {
    return executionTime().nextExecution(utc(time)).map(ZonedDateTime::toLocalDateTime);
  }

  /** The last fire time strictly before the given wall-clock time, if there is one. */
  public Optional<LocalDateTime> lastBefore(LocalDateTime time) {
    return executionTime().lastExecution(utc(time)).map(ZonedDateTime::toLocalDateTime);
  }

  /**
   * True if the expression fires in the minute of the given time (in its second, for an expression
   * with seconds).
   */
  public boolean matches(LocalDateTime time) {
    LocalDateTime truncated = time.truncatedTo(seconds ? ChronoUnit.SECONDS : ChronoUnit.MINUTES);
    return executionTime().isMatch(utc(truncated));
  }

  /** Computed only when asked for: the compiler checks expressions, it never runs them. */
  private synchronized ExecutionTime executionTime() {
    if (executionTime == null) {
      executionTime = ExecutionTime.forCron(cron);
    }
    return executionTime;
  }

  /** A wall-clock time on a clock without daylight saving, where every local time exists once. */
  private static ZonedDateTime utc(LocalDateTime time) {
    return time.atZone(ZoneOffset.UTC);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CronExpression that && expression.equals(that.expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  @Override
  public String toString() {
    return expression;
  }
}
