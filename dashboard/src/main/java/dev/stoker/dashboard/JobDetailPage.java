package dev.stoker.dashboard;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.monitoring.Monitoring;
import gg.jte.TemplateEngine;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * A job's page: where it stands and why it is not running, its arguments (as the redactor allows),
 * its links to parents, continuations and batch, what it reported of itself (progress and log
 * lines), and its whole history with each exception.
 */
final class JobDetailPage {

  private final Stoker stoker;
  private final TemplateEngine templates;
  private final ArgumentRedactor redactor;
  private final Problems problems;

  JobDetailPage(
      Stoker stoker, TemplateEngine templates, ArgumentRedactor redactor, Problems problems) {
    this.stoker = stoker;
    this.templates = templates;
    this.redactor = redactor;
    this.problems = problems;
  }

  void show(Exchange exchange, String id) throws IOException {
    JobId jobId = JobId.parse(id);
    Monitoring monitoring = stoker.monitoring();
    Optional<JobDetails> found = monitoring.job(jobId);
    if (found.isEmpty()) {
      problems.notFound(
          exchange,
          "There is no job "
              + jobId
              + ": it never existed, or it ended long enough ago to be"
              + " removed.");
      return;
    }
    JobDetails job = found.get();
    exchange.render(
        templates,
        "job.jte",
        new Views.Job(
            exchange.page(job.name() + " " + Formats.shortId(jobId), "jobs"),
            job,
            redactor.redact(job.name(), job.arguments()),
            monitoring.whyNotRunning(job),
            monitoring.parents(jobId),
            monitoring.continuations(jobId),
            JobState.ENQUEUED.sources().contains(job.state()) && job.state().isFinal(),
            JobState.DELETED.sources().contains(job.state()),
            Instant.now(),
            monitoring.progress(jobId).orElse(null)));
  }
}
