package dev.stoker.dashboard;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.monitoring.BatchDetails;
import dev.stoker.monitoring.BulkChange;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.monitoring.JobParent;
import dev.stoker.monitoring.JobProgress;
import dev.stoker.monitoring.JobSummary;
import dev.stoker.monitoring.NotRunningReason;
import dev.stoker.monitoring.QueueInfo;
import dev.stoker.monitoring.RecurringJobInfo;
import dev.stoker.monitoring.ServerInfo;
import dev.stoker.monitoring.UnhandledJobs;
import java.time.Instant;
import java.util.List;

/** What each template is given: plain values, ready to be written (and escaped) as they are. */
final class Views {

  private Views() {}

  /** A state's count as people read it: "1,234", or "10,000+" past the bound. */
  record StateCount(JobState state, String count) {}

  record Overview(
      PageInfo page,
      List<StateCount> states,
      List<QueueInfo> queues,
      List<UnhandledJobs> unhandled,
      int servers,
      int workers,
      long busy,
      HistoryChart hourly,
      HistoryChart daily,
      Instant now) {}

  /** A job in a list, its arguments as the redactor lets them be shown. */
  record JobRow(JobSummary job, String arguments) {}

  /** A tab of the job list: a state (or all), and the list's link with that state. */
  record Tab(String label, String link, boolean current) {}

  record JobList(
      PageInfo page,
      List<Tab> tabs,
      String state,
      String name,
      String queue,
      String argument,
      String from,
      String to,
      BatchDetails batch,
      List<JobRow> jobs,
      Matches matches,
      String counting,
      String self,
      String first,
      String newer,
      String older,
      Instant now) {}

  record Job(
      PageInfo page,
      JobDetails job,
      String arguments,
      List<NotRunningReason> reasons,
      List<JobParent> parents,
      List<JobId> continuations,
      boolean requeueable,
      boolean deletable,
      Instant now,
      JobProgress progress) {}

  /** A bulk change's progress, and the list of the jobs it selects. */
  record Bulk(PageInfo page, BulkChange change, String list, Instant now) {}

  record Queues(PageInfo page, List<QueueInfo> queues, Instant now) {}

  record RecurringRow(RecurringJobInfo info, String arguments) {}

  record Recurring(PageInfo page, List<RecurringRow> recurring, Instant now) {}

  record ServerRow(ServerInfo server, long busy) {}

  record Servers(PageInfo page, List<ServerRow> servers, Instant now) {}

  record Batches(PageInfo page, List<BatchDetails> batches, BatchId older, Instant now) {}

  record Problem(PageInfo page, String message) {}
}
