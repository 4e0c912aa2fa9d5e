package dev.stoker.server;

import dev.stoker.storage.ClaimedJob;
import java.util.Map;
import org.slf4j.MDC;

/**
 * The SLF4J MDC keys that name the job a thread works on, so that a job's own log lines, and the
 * server's lines about it, can be found by its id: {@code stoker.jobId}, {@code stoker.jobName},
 * {@code stoker.attempt} and {@code stoker.queue}.
 */
final class JobLogContext {

  static final String JOB_ID = "stoker.jobId";
  static final String JOB_NAME = "stoker.jobName";
  static final String ATTEMPT = "stoker.attempt";
  static final String QUEUE = "stoker.queue";

  private JobLogContext() {}

  /** Names the job on this thread's log lines. */
  static void enter(ClaimedJob job) {
    MDC.put(JOB_ID, job.id().toString());
    MDC.put(JOB_NAME, job.name());
    MDC.put(ATTEMPT, Integer.toString(job.attempt()));
    MDC.put(QUEUE, job.queue());
  }

  /**
   * Runs the action with the job named on this thread's log lines, as they were before afterwards:
   * for the server's own lines about a job, written on a thread that may be at another job.
   */
  static void around(ClaimedJob job, Runnable action) {
    String id = job.id().toString();
    if (id.equals(MDC.get(JOB_ID))) {
      action.run();
      return;
    }
    Map<String, String> before = MDC.getCopyOfContextMap();
    enter(job);
    try {
      action.run();
    } finally {
      if (before == null) {
        leave();
      } else {
        MDC.setContextMap(before);
      }
    }
  }

  /** Removes the job's keys, and only those: the thread's other keys stay. */
  static void leave() {
    MDC.remove(JOB_ID);
    MDC.remove(JOB_NAME);
    MDC.remove(ATTEMPT);
    MDC.remove(QUEUE);
  }
}
