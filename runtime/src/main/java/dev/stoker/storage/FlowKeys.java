package dev.stoker.storage;

import dev.stoker.codec.ArgumentReader;
import dev.stoker.codec.ArgumentsJson;
import dev.stoker.job.JobDefinition;
import dev.stoker.job.JobLimits;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The keys a job's limits count by, read from its arguments: {@code account-sync:accountId=42} for
 * a limit per {@code accountId}, the job's name for a limit of the job as a whole. Two jobs with
 * the same key share the limit, whichever server claims them.
 */
public final class FlowKeys {

  private FlowKeys() {}

  /** The limits the claim of a job with these arguments respects. */
  public static JobGates gates(JobDefinition job, String arguments) {
    JobLimits limits = job.limits();
    if (!limits.limitsStarts()) {
      return JobGates.NONE;
    }
    ArgumentReader reader = ArgumentsJson.read(job.name(), arguments);
    return new JobGates(
        limits.concurrency() > 0 ? key(job, reader, List.of(limits.concurrencyKey())) : null,
        limits.concurrency(),
        limits.rateLimit() > 0 ? key(job, reader, List.of(limits.rateLimitKey())) : null,
        limits.rateLimit(),
        limits.rateLimit() > 0 ? limits.ratePeriod() : null);
  }

  /** The key that makes two enqueues of a unique job the same job. */
  public static String uniqueKey(JobDefinition job, String arguments) {
    List<String> names = job.limits().uniqueKey();
    if (names.isEmpty()) {
      return job.name() + ":" + arguments; // all arguments, written in the same order each time
    }
    return key(job, ArgumentsJson.read(job.name(), arguments), names);
  }

  private static String key(JobDefinition job, ArgumentReader reader, List<String> arguments) {
    String values =
        arguments.stream()
            .filter(argument -> !argument.isEmpty())
            .map(argument -> argument + "=" + reader.valueText(argument))
            .collect(Collectors.joining(","));
    return values.isEmpty() ? job.name() : job.name() + ":" + values;
  }
}
