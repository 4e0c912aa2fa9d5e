package dev.stoker.server;

import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.JobStore;
import dev.stoker.storage.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records how attempts ended, under each attempt's fence. While the database is out of reach it
 * tries again, with growing pauses, until it answers: a job that ended meanwhile keeps its outcome
 * rather than vanish. Only a server that stops gives up; its jobs are then handed back by another.
 */
final class OutcomeRecorder {

  private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);
  private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
  private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

  private final JobStore store;
  private final Clock clock;
  private final String serverId;
  private final CountDownLatch stopped = new CountDownLatch(1);

  OutcomeRecorder(JobStore store, Clock clock, String serverId) {
    this.store = store;
    this.clock = clock;
    this.serverId = serverId;
  }

  /** Records the outcome; false if the attempt was no longer current, or the server stopped. */
  boolean record(ClaimedJob job, Outcome outcome) {
    Duration pause = FIRST_PAUSE;
    for (int failures = 0; ; failures++) {
      try {
        boolean recorded = store.complete(job, outcome, serverId, clock.instant());
        if (failures > 0) {
          log.info(
              "Recorded that job {} {} ended, after {} failed tries",
              job.name(),
              job.id(),
              failures);
        }
        logRecorded(job, outcome, recorded);
        return recorded;
      } catch (RuntimeException e) {
        if (failures == 0) {
          log.warn(
              "Cannot record that job {} {} ended ({}): will try again until the database answers",
              job.name(),
              job.id(),
              outcome.state(),
              e);
        }
        if (awaitStop(pause)) {
          log.error(
              "Server {} stopped before it could record that job {} {} ended ({}): another server"
                  + " will hand it back and run it again",
              serverId,
              job.name(),
              job.id(),
              outcome.state());
          return false;
        }
        pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) < 0 ? pause.multipliedBy(2) : MAX_PAUSE;
      }
    }
  }

  /** Makes the recordings still trying give up: the server is stopping. */
  void stop() {
    stopped.countDown();
  }

  private boolean awaitStop(Duration pause) {
    try {
      return stopped.await(pause.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  private static void logRecorded(ClaimedJob job, Outcome outcome, boolean recorded) {
    if (!recorded) {
      log.info(
          "Job {} {} ended ({}), but attempt {} is no longer current: outcome not recorded",
          job.name(),
          job.id(),
          outcome.state(),
          job.attempt());
    } else if (outcome instanceof Outcome.Failed) {
      log.error("Job {} {}: {}", job.name(), job.id(), outcome.reason());
    } else if (outcome instanceof Outcome.Retrying) {
      log.warn("Job {} {}: {}", job.name(), job.id(), outcome.reason());
    } else {
      log.debug("Job {} {}: {}", job.name(), job.id(), outcome.reason());
    }
  }
}
