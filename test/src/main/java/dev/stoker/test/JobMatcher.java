package dev.stoker.test;

import dev.stoker.job.ExpectedJob;
import dev.stoker.testing.StoredJob;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Whether a stored job is the one a test expects. */
final class JobMatcher {

  private JobMatcher() {}

  static boolean matches(ExpectedJob expected, StoredJob job) {
    return expected.jobName().equals(job.name())
        && expected.arguments().map(json -> JsonValues.same(json, job.arguments())).orElse(true)
        && expected.queue().map(job.queue()::equals).orElse(true)
        && expected.runAt().map(at -> micros(at).equals(micros(job.runAt()))).orElse(true)
        && expected.runAtOrAfter().map(at -> !micros(job.runAt()).isBefore(micros(at))).orElse(true)
        && job.parents().containsAll(expected.parents())
        && expected.parentBatch().map(job.parentBatches()::contains).orElse(true)
        && expected.batch().map(batch -> batch.equals(job.batch())).orElse(true);
  }

  /** Databases keep microseconds. */
  private static Instant micros(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** The job as a failure message lists it. */
  static String describe(StoredJob job) {
    StringBuilder text =
        new StringBuilder()
            .append(job.name())
            .append(' ')
            .append(job.arguments())
            .append(' ')
            .append(job.state())
            .append(" on queue ")
            .append(job.queue())
            .append(", runs at ")
            .append(job.runAt());
    if (!job.parents().isEmpty()) {
      text.append(", after ").append(job.parents());
    }
    if (!job.parentBatches().isEmpty()) {
      text.append(", after batch ").append(job.parentBatches());
    }
    if (job.batch() != null) {
      text.append(", in batch ").append(job.batch());
    }
    return text.append(" (").append(job.id()).append(')').toString();
  }
}
