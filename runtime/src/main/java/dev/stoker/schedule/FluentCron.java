package dev.stoker.schedule;

import java.time.DayOfWeek;

/**
 * The cron expressions behind {@link Schedule}'s fluent methods, so that a fluent schedule is
 * exactly the cron schedule it reads as, and shows as that cron in monitoring.
 */
final class FluentCron {

  private FluentCron() {}

  static String everyMinutes(int minutes) {
    if (minutes < 1 || minutes > 30 || 60 % minutes != 0) {
      throw new IllegalArgumentException(
          "Every "
              + minutes
              + " minutes does not divide the hour, so it cannot restart on the hour as a cron"
              + " schedule does: use 1, 2, 3, 4, 5, 6, 10, 12, 15, 20 or 30, or write the cron"
              + " expression yourself.");
    }
    return minutes == 1 ? "* * * * *" : "*/" + minutes + " * * * *";
  }

  static String hourlyAt(int minute) {
    check("minute", minute, 59);
    return minute + " * * * *";
  }

  static String dailyAt(int hour, int minute) {
    check("hour", hour, 23);
    check("minute", minute, 59);
    return minute + " " + hour + " * * *";
  }

  static String weeklyOn(DayOfWeek day, int hour, int minute) {
    check("hour", hour, 23);
    check("minute", minute, 59);
    // Cron counts days from Sunday as 0; java.time from Monday as 1.
    return minute + " " + hour + " * * " + day.getValue() % 7;
  }

  private static void check(String field, int value, int max) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(
          "The " + field + " must be between 0 and " + max + ", not " + value + ".");
    }
  }
}
