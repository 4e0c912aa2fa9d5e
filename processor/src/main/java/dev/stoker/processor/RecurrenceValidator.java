package dev.stoker.processor;

import dev.stoker.cron.CronExpression;
import dev.stoker.cron.InvalidCronException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Checks the attributes of a recurring {@code @Job}: its cron and exclusion with the parser the
 * runtime fires them with, its zone and its maximum lag, and that they come with a cron on a method
 * that needs no arguments.
 */
final class RecurrenceValidator {

  private RecurrenceValidator() {}

  static void check(ExecutableElement method, JobAnnotation job, ValidationReport report) {
    checkZone(method, job, report);
    checkCron(method, job, report);
    checkMaxLag(method, job, report);
    checkRecurringAttributes(method, job, report);
    checkCronParameters(method, job, report);
  }

  private static void checkZone(
      ExecutableElement method, JobAnnotation job, ValidationReport report) {
    if (job.zone().isEmpty()) {
      return;
    }
    try {
      ZoneId.of(job.zone());
    } catch (DateTimeException e) {
      report.error(
          Message.INVALID_ZONE.format(job.zone(), method.getSimpleName(), e.getMessage()),
          method,
          job.mirror(),
          job.valueOf("zone"));
    }
  }

  /** The cron and its exclusion, read by the parser the runtime fires them with. */
  private static void checkCron(
      ExecutableElement method, JobAnnotation job, ValidationReport report) {
    if (job.cron().isEmpty()) {
      return;
    }
    try {
      CronExpression.parse(job.cron());
    } catch (InvalidCronException e) {
      report.error(
          Message.INVALID_CRON.format(job.cron(), method.getSimpleName(), e.getMessage()),
          method,
          job.mirror(),
          job.valueOf("cron"));
    }
    if (job.except().isEmpty()) {
      return;
    }
    try {
      CronExpression.parse(job.except());
    } catch (InvalidCronException e) {
      report.error(
          Message.INVALID_EXCEPT.format(job.except(), method.getSimpleName(), e.getMessage()),
          method,
          job.mirror(),
          job.valueOf("except"));
    }
  }

  private static void checkMaxLag(
      ExecutableElement method, JobAnnotation job, ValidationReport report) {
    if (job.maxLag().isEmpty()) {
      return;
    }
    String problem;
    try {
      Duration maxLag = Duration.parse(job.maxLag());
      if (maxLag.isNegative() || maxLag.isZero()) {
        problem = "it is not positive";
      } else {
        return;
      }
    } catch (DateTimeParseException e) {
      problem = e.getMessage();
    }
    report.error(
        Message.INVALID_MAX_LAG.format(job.maxLag(), method.getSimpleName(), problem),
        method,
        job.mirror(),
        job.valueOf("maxLag"));
  }

  /** Zone, except, misfire and max lag mean nothing without a cron: say so on each one set. */
  private static void checkRecurringAttributes(
      ExecutableElement method, JobAnnotation job, ValidationReport report) {
    if (!job.cron().isEmpty()) {
      return;
    }
    for (String attribute : List.of("zone", "except", "misfire", "maxLag")) {
      if (job.valueOf(attribute) != null) {
        report.error(
            Message.RECURRING_ATTRIBUTE_WITHOUT_CRON.format(
                method.getSimpleName(), attribute, attribute),
            method,
            job.mirror(),
            job.valueOf(attribute));
      }
    }
  }

  private static void checkCronParameters(
      ExecutableElement method, JobAnnotation job, ValidationReport report) {
    List<? extends VariableElement> stored = JobMethodValidator.storedParameters(method);
    if (job.cron().isEmpty() || stored.isEmpty()) {
      return;
    }
    String parameters =
        stored.stream()
            .map(p -> "'" + p.getSimpleName() + "'")
            .collect(
                Collectors.joining(", ", stored.size() == 1 ? "parameter " : "parameters ", ""));
    report.error(
        Message.CRON_WITH_PARAMETERS.format(method.getSimpleName(), parameters),
        method,
        job.mirror(),
        job.valueOf("cron"));
  }
}
