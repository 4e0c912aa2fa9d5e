package dev.stoker.sample;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.monitoring.BatchDetails;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.monitoring.Monitoring;
import dev.stoker.monitoring.RecurringJobInfo;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints, for each job, its name, final state, attempts and the path it took; a batch's progress;
 * and each recurring job with its schedule, last fire and next fire times.
 */
final class RunSummary {

  private final Monitoring monitoring;

  RunSummary(Monitoring monitoring) {
    this.monitoring = monitoring;
  }

  void print(List<JobId> jobs, BatchId batch, PrintStream out) {
    out.println();
    out.printf("%-14s %-10s %-8s %s%n", "job", "state", "attempts", "path");
    for (JobId id : jobs) {
      JobDetails job = monitoring.job(id).orElseThrow();
      String path =
          job.history().stream()
              .map(HistoryEntry::to)
              .map(Enum::name)
              .collect(Collectors.joining(" > "));
      out.printf("%-14s %-10s %-8d %s%n", job.name(), job.state(), job.attempt(), path);
    }
    BatchDetails progress = monitoring.batch(batch).orElseThrow();
    out.printf(
        "%nbatch %s: %s, %d of %d jobs succeeded%n",
        batch, progress.state(), progress.succeeded(), progress.total());
    out.println();
  }

  void printRecurring(PrintStream out) {
    out.printf(
        "%-16s %-16s %-15s %-22s %s%n", "recurring job", "cron", "zone", "last fire", "next fires");
    for (RecurringJobInfo recurring : monitoring.recurringJobs()) {
      String last =
          recurring.lastFireAt() == null
              ? "never"
              : LocalTime.ofInstant(recurring.lastFireAt(), ZoneOffset.UTC)
                  + " "
                  + recurring.lastJobState();
      out.printf(
          "%-16s %-16s %-15s %-22s %s%n",
          recurring.id(),
          recurring.cron(),
          recurring.zone(),
          last,
          recurring.nextFireTimes().stream().limit(2).map(Instant::toString).toList());
    }
    out.println();
  }
}
