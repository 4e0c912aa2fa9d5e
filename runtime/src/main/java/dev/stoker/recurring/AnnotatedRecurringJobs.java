package dev.stoker.recurring;

import dev.stoker.job.JobArguments;
import dev.stoker.job.JobDefinition;
import dev.stoker.job.Recurrence;
import dev.stoker.job.RecurringJobRequest;
import dev.stoker.schedule.Schedule;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the recurring jobs of {@code @Job} crons in line with the code a server runs: each cron is
 * added, or updated under its job's name, and the recurring jobs of crons that are gone from the
 * code are removed. Servers on one database are expected to run the same jobs; during a rolling
 * deployment the server that starts last decides.
 */
final class AnnotatedRecurringJobs {

  private static final Logger log = LoggerFactory.getLogger(AnnotatedRecurringJobs.class);

  private final DefaultRecurringJobs recurringJobs;
  private final RecurringStore store;

  AnnotatedRecurringJobs(DefaultRecurringJobs recurringJobs, RecurringStore store) {
    this.recurringJobs = recurringJobs;
    this.store = store;
  }

  void sync(Collection<JobDefinition> jobs) {
    List<String> kept = new ArrayList<>();
    for (JobDefinition job : jobs) {
      if (job.isRecurring()) {
        recurringJobs.register(request(job), RecurringSource.ANNOTATION);
        kept.add(job.name());
      }
    }
    for (String gone : store.deleteAnnotatedExcept(kept)) {
      log.info("Removed recurring job '{}': no @Job with that name has a cron any more", gone);
    }
  }

  private static RecurringJobRequest request(JobDefinition job) {
    Recurrence recurrence = job.recurrence();
    Schedule schedule = Schedule.cron(recurrence.cron());
    if (!recurrence.zone().isEmpty()) {
      schedule = schedule.in(ZoneId.of(recurrence.zone()));
    }
    if (!recurrence.except().isEmpty()) {
      schedule = schedule.except(recurrence.except());
    }
    return new RecurringJobRequest(
        job.name(), job, schedule, recurrence.misfire(), recurrence.maxLag(), JobArguments.NONE);
  }
}
