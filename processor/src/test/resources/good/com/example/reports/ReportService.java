package com.example.reports;

import dev.stoker.JobContext;
import dev.stoker.annotation.Job;

public class ReportService {

  @Job(name = "reports.monthly", queue = "reports", retries = 2, timeout = "PT90M")
  public void monthlyReport(int year, int month, JobContext context) {
    // Builds the report, checking context.isCancellationRequested() between steps.
  }
}
