package dev.stoker.jobs;

import dev.stoker.JobContext;
import dev.stoker.annotation.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A job that writes its own log line, as application code does, and fails on its first try. */
public class LoggingJobs {

  private static final Logger log = LoggerFactory.getLogger(LoggingJobs.class);

  @Job(name = "test.logs", queue = "critical", retries = 2)
  public void logs(String token, JobContext context) {
    Executions.record(token, context.id(), context.attempt(), null);
    log.info("Building report for {}", token);
    if (context.attempt() == 1) {
      throw new IllegalStateException("first try of " + token + " fails");
    }
  }
}
