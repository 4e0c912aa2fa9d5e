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
}
