package com.example.reports;

import dev.stoker.JobContext;
import dev.stoker.annotation.Job;
import dev.stoker.annotation.Misfire;

public class ReportService {

  @Job(
      name = "reports.nightly",
      cron = "0 3 * * MON-FRI",
      zone = "Europe/Istanbul",
      except = "* * * * 5L",
      misfire = Misfire.SKIP,
      maxLag = "PT2H")
  public void nightlyReport(JobContext context) {}

  @Job(name = "reports.monthly", queue = "reports", retries = 2, timeout = "PT90M")
  public void monthlyReport(int year, int month, JobContext context) {
    // Builds the report, checking context.isCancellationRequested() between steps.
  }
}
