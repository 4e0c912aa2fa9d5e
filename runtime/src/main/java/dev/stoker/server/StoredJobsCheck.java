package dev.stoker.server;

import dev.stoker.JobId;
import dev.stoker.codec.ArgumentException;
import dev.stoker.codec.ArgumentsJson;
import dev.stoker.job.JobHandler;
import dev.stoker.monitoring.IncompatibleJobs;
import dev.stoker.recurring.RecurringJobRow;
import dev.stoker.recurring.RecurringStore;
import dev.stoker.storage.jooq.PendingArguments;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the stored jobs whose arguments no longer fit the handlers of this process: each handler
 * reads their arguments as it would to run them. Looks at the jobs that have not ended, oldest
 * first, up to {@value #MAX_CHECKED}, and at the registered recurring jobs. A starting server logs
 * what it finds before it runs any job; the monitoring API lists it on demand.
 */
public final class StoredJobsCheck {

  private static final Logger log = LoggerFactory.getLogger(StoredJobsCheck.class);

  static final int MAX_CHECKED = 100_000;
  private static final int PAGE = 500;
  private static final int EXAMPLES = 10;

  private final HandlerRegistry handlers;
  private final PendingArguments jobs;
  private final RecurringStore recurring;

  public StoredJobsCheck(
      HandlerRegistry handlers, PendingArguments jobs, RecurringStore recurring) {
    this.handlers = handlers;
    this.jobs = jobs;
    this.recurring = recurring;
  }

  /** The stored jobs that would fail for their arguments, by job name and reason. */
  public List<IncompatibleJobs> find() {
    Map<List<String>, Found> found = new LinkedHashMap<>();
    List<String> names = List.copyOf(handlers.names());
    JobId last = null;
    for (int checked = 0; checked < MAX_CHECKED; ) {
      List<PendingArguments.Row> page =
          jobs.page(names, last, Math.min(PAGE, MAX_CHECKED - checked));
      for (PendingArguments.Row job : page) {
        misfit(job.name(), job.arguments())
            .ifPresent(reason -> found(found, job.name(), reason).add(job.id()));
      }
      if (page.size() < PAGE) {
        break;
      }
      checked += page.size();
      last = page.getLast().id();
    }
    for (RecurringJobRow row : recurring.all()) {
      misfit(row.jobName(), row.arguments())
          .ifPresent(reason -> found(found, row.jobName(), reason).recurringIds.add(row.id()));
    }
    return found.values().stream()
        .map(Found::info)
        .sorted(
            Comparator.comparing(IncompatibleJobs::jobName).thenComparing(IncompatibleJobs::reason))
        .toList();
  }

  /**
   * Logs a warning for each kind of stored job that would fail; never stops the server from
   * starting.
   */
  public void logFindings() {
    try {
      for (IncompatibleJobs misfits : find()) {
        log.warn(
            "{} no longer fit this code and will fail when they run: {} Deploy code that reads"
                + " them (a @Default, an @Alias, the former type), or delete them.",
            describe(misfits),
            misfits.reason().endsWith(".") ? misfits.reason() : misfits.reason() + ".");
      }
    } catch (RuntimeException e) {
      log.warn("Cannot check the stored jobs' arguments against this code; starting anyway", e);
    }
  }

  /** "3 stored jobs of 'mail' (the oldest 0190...)", "recurring jobs [daily] of 'mail'". */
  private static String describe(IncompatibleJobs misfits) {
    List<String> parts = new ArrayList<>();
    if (misfits.count() > 0) {
      parts.add(
          misfits.count()
              + " stored jobs of '"
              + misfits.jobName()
              + "' (the oldest "
              + misfits.jobIds().getFirst()
              + ")");
    }
    if (!misfits.recurringJobIds().isEmpty()) {
      parts.add("recurring jobs " + misfits.recurringJobIds() + " of '" + misfits.jobName() + "'");
    }
    return String.join(" and ", parts);
  }

  private Optional<String> misfit(String jobName, String arguments) {
    Optional<JobHandler> handler = handlers.find(jobName);
    if (handler.isEmpty()) {
      return Optional.empty(); // Another server's job: monitoring's unhandled jobs tell of it.
    }
    try {
      handler.get().checkArguments(ArgumentsJson.read(jobName, arguments));
      return Optional.empty();
    } catch (ArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  private static Found found(Map<List<String>, Found> found, String jobName, String reason) {
    return found.computeIfAbsent(List.of(jobName, reason), key -> new Found(jobName, reason));
  }

  /** The jobs found so far with one name and one reason. */
  private static final class Found {
    final String jobName;
    final String reason;
    final List<JobId> examples = new ArrayList<>();
    final List<String> recurringIds = new ArrayList<>();
    long count;

    Found(String jobName, String reason) {
      this.jobName = jobName;
      this.reason = reason;
    }

    void add(JobId job) {
      count++;
      if (examples.size() < EXAMPLES) {
        examples.add(job);
      }
    }

    IncompatibleJobs info() {
      return new IncompatibleJobs(jobName, reason, count, examples, recurringIds);
    }
  }
}
