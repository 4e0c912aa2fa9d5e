package dev.stoker.processor;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Checks the flow control attributes of one {@code @Job}: limits of at least 1, {@code exclusive}
 * without a conflicting limit, keys that name a parameter holding a single value, and durations
 * that are positive. Each error points at the attribute that is wrong.
 */
final class JobLimitsValidator {

  private final ExecutableElement method;
  private final JobAnnotation job;
  private final ValidationReport report;
  private final ArgumentTypes argumentTypes;
  private final String packageName;

  private JobLimitsValidator(
      ExecutableElement method,
      JobAnnotation job,
      ValidationReport report,
      ArgumentTypes argumentTypes,
      String packageName) {
    this.method = method;
    this.job = job;
    this.report = report;
    this.argumentTypes = argumentTypes;
    this.packageName = packageName;
  }

  static void check(
      ExecutableElement method,
      JobAnnotation job,
      ValidationReport report,
      ArgumentTypes argumentTypes,
      String packageName) {
    new JobLimitsValidator(method, job, report, argumentTypes, packageName).check();
  }

  private void check() {
    checkAtLeastOne("concurrency", job.concurrency());
    checkAtLeastOne("rateLimit", job.rateLimit());
    if (job.exclusive() && job.valueOf("concurrency") != null) {
      report.error(
          Message.EXCLUSIVE_WITH_CONCURRENCY.format(
              method.getSimpleName(), job.concurrency(), job.concurrency()),
          method,
          job.mirror(),
          job.valueOf("concurrency"));
    }
    checkKey("concurrencyKey", job.concurrencyKey());
    if (!job.concurrencyKey().isEmpty() && !job.exclusive() && job.concurrency() == 0) {
      keyWithoutLimit("concurrencyKey", "concurrency");
    }
    checkKey("rateLimitKey", job.rateLimitKey());
    if (!job.rateLimitKey().isEmpty() && job.rateLimit() == 0) {
      keyWithoutLimit("rateLimitKey", "rateLimit");
    }
    for (String key : job.uniqueKey()) {
      checkKey("uniqueKey", key);
    }
    checkDuration("ratePeriod", job.ratePeriod());
    if (!job.uniqueFor().isEmpty()) {
      checkDuration("uniqueFor", job.uniqueFor());
    }
  }

  private void checkAtLeastOne(String attribute, int limit) {
    if (job.valueOf(attribute) != null && limit < 1) {
      report.error(
          Message.LIMIT_BELOW_ONE.format(attribute, method.getSimpleName(), limit, attribute),
          method,
          job.mirror(),
          job.valueOf(attribute));
    }
  }

  private void keyWithoutLimit(String key, String limit) {
    report.error(
        Message.KEY_WITHOUT_LIMIT.format(method.getSimpleName(), key, limit, limit, limit, key),
        method,
        job.mirror(),
        job.valueOf(key));
  }

  private void checkKey(String attribute, String key) {
    if (key.isEmpty()) {
      return;
    }
    List<? extends VariableElement> stored = JobMethodValidator.storedParameters(method);
    Optional<? extends VariableElement> parameter =
        stored.stream().filter(p -> p.getSimpleName().contentEquals(key)).findFirst();
    boolean context =
        method.getParameters().stream()
            .anyMatch(p -> p.getSimpleName().contentEquals(key) && JobContexts.isJobContext(p));
    if (parameter.isEmpty() && context) {
      report.error(
          Message.KEY_NOT_A_VALUE.format(
              attribute, key, method.getSimpleName(), JobContexts.JOB_CONTEXT),
          method,
          job.mirror(),
          job.valueOf(attribute));
      return;
    }
    if (parameter.isEmpty()) {
      String names =
          stored.isEmpty()
              ? "it has none"
              : stored.stream()
                  .map(p -> p.getSimpleName().toString())
                  .collect(Collectors.joining(", "));
      report.error(
          Message.KEY_NOT_A_PARAMETER.format(attribute, key, method.getSimpleName(), names),
          method,
          job.mirror(),
          job.valueOf(attribute));
      return;
    }
    if (argumentTypes.resolve(parameter.get(), packageName)
            instanceof ArgumentTypes.Resolution.Storable storable
        && !isSingleValue(storable.type())) {
      report.error(
          Message.KEY_NOT_A_VALUE.format(
              attribute, key, method.getSimpleName(), TypeDisplay.of(parameter.get().asType())),
          method,
          job.mirror(),
          job.valueOf(attribute));
    }
  }

  private static boolean isSingleValue(ArgumentType type) {
    return switch (type) {
      case ArgumentType.Constant constant -> true;
      case ArgumentType.EnumOf enumOf -> true;
      case ArgumentType.Nullable nullable -> isSingleValue(nullable.type());
      default -> false;
    };
  }

  private void checkDuration(String attribute, String text) {
    if (JobTimeouts.parse(text).isEmpty()) {
      report.error(
          Message.INVALID_LIMIT_DURATION.format(attribute, text, method.getSimpleName()),
          method,
          job.mirror(),
          job.valueOf(attribute));
    }
  }
}
