package dev.stoker.cron;

import com.cronutils.model.definition.CronDefinition;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;

/**
 * The cron-utils definitions of Stoker's syntax: the five Unix fields, or six with seconds first;
 * Quartz's {@code L}, {@code W} and {@code #} in the day fields; {@code ?} for "any day"; and the
 * macros {@code @hourly}, {@code @daily}, {@code @midnight}, {@code @weekly}, {@code @monthly},
 * {@code @yearly} and {@code @annually}. Days of the week count from Sunday as 0 (or 7), as in
 * Unix, so {@code 5L} is the last Friday of the month and {@code 1#2} its second Monday.
 */
final class CronSyntax {

  static final CronParser FIVE_FIELDS = new CronParser(definition(false));
  static final CronParser SIX_FIELDS = new CronParser(definition(true));

  private CronSyntax() {}

  private static CronDefinition definition(boolean seconds) {
    CronDefinitionBuilder builder = CronDefinitionBuilder.defineCron();
    if (seconds) {
      builder = builder.withSeconds().withStrictRange().and();
    }
    builder =
        builder
            .withMinutes()
            .withStrictRange()
            .and()
            .withHours()
            .withStrictRange()
            .and()
            .withDayOfMonth()
            .supportsL()
            .supportsW()
            .supportsLW()
            .supportsQuestionMark()
            .withStrictRange()
            .and()
            .withMonth()
            .withStrictRange()
            .and()
            .withDayOfWeek()
            .withValidRange(0, 7)
            .withMondayDoWValue(1)
            .withIntMapping(7, 0)
            .supportsL()
            .supportsHash()
            .supportsQuestionMark()
            .withStrictRange()
            .and();
    if (!seconds) {
      builder =
          builder
              .withSupportedNicknameHourly()
              .withSupportedNicknameDaily()
              .withSupportedNicknameMidnight()
              .withSupportedNicknameWeekly()
              .withSupportedNicknameMonthly()
              .withSupportedNicknameYearly()
              .withSupportedNicknameAnnually();
    }
    return builder.instance();
  }
}
