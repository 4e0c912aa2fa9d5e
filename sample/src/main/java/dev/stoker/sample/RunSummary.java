package dev.stoker.sample;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.monitoring.BatchDetails;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.monitoring.Monitoring;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints, for each job, its name, final state, attempts and the path it took; and a batch's
 * progress.
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
}
