package dev.stoker.sample;

import dev.stoker.JobId;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.monitoring.Monitoring;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** Prints, for each job, its name, final state, attempts and the path it took. */
final class RunSummary {

  private final Monitoring monitoring;

  RunSummary(Monitoring monitoring) {
    this.monitoring = monitoring;
  }

  void print(List<JobId> jobs, PrintStream out) {
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
    out.println();
  }
}
