package dev.stoker.server;

import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.Completion;
import dev.stoker.storage.JobStore;
import dev.stoker.storage.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Records how attempts ended, under each attempt's fence, and lets each attempt go from the ones
 * the server holds once its outcome is written. Once started, it records them in groups: workers
 * hand their outcome over and go on to their next job (they wait only when {@link #MAX_WAITING}
 * outcomes are waiting already), and the outcomes of jobs that end while one transaction is being
 * written go together in the next, as a database groups commits. While the database is out of reach
 * it tries again, with growing pauses, and at once when told the database is back: a job that ended
 * meanwhile keeps its outcome, and stays held so that nothing hands it back meanwhile. Only a
 * server that stops gives up; its jobs are then handed back by another.
 */
final class OutcomeRecorder {

  private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);
  private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
  private static final Duration MAX_PAUSE = Duration.ofSeconds(1);
  private static final int MAX_GROUP = 500;

  /** How many outcomes may wait: past that, workers wait for the writer to catch up. */
  private static final int MAX_WAITING = 2 * MAX_GROUP;

  private final JobStore store;
  private final Clock clock;
  private final String serverId;
  private final HeldAttempts held;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Waiter retry = new Waiter();
  private final LinkedBlockingQueue<Completion> pending = new LinkedBlockingQueue<>(MAX_WAITING);
  private Thread writer;

  OutcomeRecorder(JobStore store, Clock clock, String serverId, HeldAttempts held) {
    this.store = store;
    this.clock = clock;
    this.serverId = serverId;
    this.held = held;
  }

  /** Starts recording in groups, on a thread of its own. */
  synchronized void start() {
    writer = Thread.ofPlatform().name("stoker-outcomes").daemon().start(this::writeGroups);
  }

  /**
   * Records the outcome: at once on the caller's thread if the recorder was not started (jobs run
   * by {@code runDueJobs()}, which then fails if the database does), else with the next group.
   */
  void record(ClaimedJob job, Outcome outcome) {
    Completion completion = new Completion(job, outcome);
    if (writer == null) {
      write(List.of(completion));
      return;
    }
    try {
      pending.put(completion);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.warn(
          "Job {} {} ended ({}) as its worker was interrupted: the outcome is not recorded, and"
              + " the job will run again",
          job.name(),
          job.id(),
          outcome.state());
      return;
    }
    if (stopped.getCount() == 0) {
      giveUpPending(); // Stopped meanwhile: the writer is gone.
    }
  }

  /** The database answers again: a write that failed is tried again now, not after its pause. */
  void retryNow() {
    retry.wake();
  }

  /** Records what is waiting, then gives up on what comes later: the server is stopping. */
  void stop() {
    stopped.countDown();
    retry.wake();
    Thread running = writer;
    if (running != null) {
      try {
        running.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    giveUpPending();
  }

  private void giveUpPending() {
    List<Completion> left = new ArrayList<>();
    pending.drainTo(left);
    for (Completion completion : left) {
      log.error(
          "Server {} stopped before it could record that job {} {} ended ({}): another server will"
              + " hand it back and run it again",
          serverId,
          completion.job().name(),
          completion.job().id(),
          completion.outcome().state());
    }
  }

  private void writeGroups() {
    while (stopped.getCount() > 0 || !pending.isEmpty()) {
      List<Completion> group = new ArrayList<>();
      try {
        Completion first = pending.poll(FIRST_PAUSE.toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
      } catch (InterruptedException e) {
        return;
      }
      pending.drainTo(group, MAX_GROUP - 1);
      recordGroup(group);
    }
  }

  /** Records one group in one transaction, trying again until it is written or the server stops. */
  private void recordGroup(List<Completion> group) {
    Duration pause = FIRST_PAUSE;
    for (int failures = 0; ; failures++) {
      try {
        write(group);
        if (failures > 0) {
          log.info("Recorded how {} jobs ended, after {} failed tries", group.size(), failures);
        }
        return;
      } catch (RuntimeException e) {
        if (failures == 0) {
          log.warn(
              "Cannot record how {} jobs ended: will try again until the database answers",
              group.size(),
              e);
        }
        if (awaitStop(pause)) {
          log.error(
              "Server {} stopped before it could record how {} jobs ended: another server will"
                  + " hand them back and run them again",
              serverId,
              group.size());
          return;
        }
        pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) < 0 ? pause.multipliedBy(2) : MAX_PAUSE;
      }
    }
  }

  /** Writes the outcomes in one transaction, and lets their attempts go. */
  private void write(List<Completion> completions) {
    List<Completion> notRecorded = store.completeAll(completions, serverId, clock.instant());
    for (Completion completion : completions) {
      logRecorded(completion, !notRecorded.contains(completion));
      held.release(completion.job());
    }
  }

  /** Waits out the pause, or less if woken; true if the server is stopping. */
  private boolean awaitStop(Duration pause) {
    retry.await(pause);
    return stopped.getCount() == 0;
  }

  /**
   * Logs how the job ended, with the job in the MDC; the MDC is set only for a line that is
   * written, as most (a success, at debug) are not.
   */
  private static void logRecorded(Completion completion, boolean recorded) {
    ClaimedJob job = completion.job();
    Outcome outcome = completion.outcome();
    Level level;
    if (!recorded) {
      level = Level.INFO;
    } else if (outcome instanceof Outcome.Failed) {
      level = Level.ERROR;
    } else if (outcome instanceof Outcome.Retrying) {
      level = Level.WARN;
    } else {
      level = Level.DEBUG;
    }
    if (!log.isEnabledForLevel(level)) {
      return;
    }
    JobLogContext.around(
        job,
        () -> {
          if (recorded) {
            log.atLevel(level).log("Job {} {}: {}", job.name(), job.id(), outcome.reason());
          } else {
            log.info(
                "Job {} {} ended ({}), but attempt {} is no longer current: outcome not recorded",
                job.name(),
                job.id(),
                outcome.state(),
                job.attempt());
          }
        });
  }
}
