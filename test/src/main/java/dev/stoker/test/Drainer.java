package dev.stoker.test;

import dev.stoker.JobId;
import dev.stoker.monitoring.Monitoring;
import dev.stoker.monitoring.RecurringJobInfo;
import dev.stoker.testing.JobRun;
import dev.stoker.testing.ManualRunner;
import dev.stoker.testing.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs a test's jobs on its thread: one by id, the queues until nothing is due, or through the time
 * the clock moves over, each fire time and start time in its turn. Keeps every run of the test.
 */
final class Drainer {

  private final ManualRunner runner;
  private final TestClock clock;
  private final Monitoring monitoring;
  private final List<JobRun> everyRun = new ArrayList<>();
  private boolean draining;

  Drainer(ManualRunner runner, TestClock clock, Monitoring monitoring) {
    this.runner = runner;
    this.clock = clock;
    this.monitoring = monitoring;
  }

  /** True while jobs are being run: jobs they enqueue wait for the loop already running. */
  boolean isDraining() {
    return draining;
  }

  /** Every run of the test so far. */
  RunResult everyRun() {
    return new RunResult(everyRun, false);
  }

  RunResult run(JobId id) {
    return running(runs -> runs.add(runner.run(id)));
  }

  RunResult drain(Drain drain) {
    return running(runs -> drainInto(runs, drain));
  }

  /** Moves the clock to the instant, stopping at each start time and fire time on the way. */
  RunResult advanceTo(Instant target) {
    if (target.isBefore(clock.instant())) {
      throw new IllegalArgumentException(
          "The clock moves forward only: it is " + clock.instant() + ", not before " + target);
    }
    return running(
        runs -> {
          while (!runs.stoppedAtLimit()) {
            drainInto(runs, Drain.all());
            Optional<Instant> next = nextTimeAfterNow();
            if (next.isEmpty() || next.get().isAfter(target)) {
              break;
            }
            clock.set(next.get());
          }
          clock.set(target);
          drainInto(runs, Drain.all());
        });
  }

  private void drainInto(Runs runs, Drain drain) {
    String[] queues = drain.queueList().toArray(String[]::new);
    runs.limitTo(drain.givenLimit());
    while (!runs.stoppedAtLimit()) {
      runner.fireDueRecurringJobs();
      Optional<JobRun> run = runner.runNext(queues);
      if (run.isPresent()) {
        runs.add(run.get());
        continue;
      }
      Optional<Instant> next = runner.nextRunAt(queues);
      if (!drain.advancesClock() || next.isEmpty() || !next.get().isAfter(clock.instant())) {
        return;
      }
      clock.set(next.get());
    }
  }

  /** The soonest start time of a scheduled job or fire time of a recurring one, after now. */
  private Optional<Instant> nextTimeAfterNow() {
    Instant now = clock.instant();
    Optional<Instant> job = runner.nextRunAt().filter(now::isBefore);
    Optional<Instant> fire =
        monitoring.recurringJobs().stream()
            .map(RecurringJobInfo::nextFireTimes)
            .flatMap(times -> times.stream().filter(now::isBefore).findFirst().stream())
            .min(Instant::compareTo);
    return Stream.of(job, fire).flatMap(Optional::stream).min(Instant::compareTo);
  }

  private RunResult running(Consumer<Runs> work) {
    if (draining) {
      throw new IllegalStateException(
          "A job of this test asked the test kit to run jobs while it ran itself: run jobs from the"
              + " test, not from inside a job");
    }
    draining = true;
    Runs runs = new Runs();
    try {
      work.accept(runs);
    } finally {
      draining = false;
      everyRun.addAll(runs.list);
    }
    return new RunResult(runs.list, runs.atLimit);
  }

  /** The runs of one call, and its limit. */
  private static final class Runs {
    private final List<JobRun> list = new ArrayList<>();
    private int limit = Drain.SAFETY_LIMIT;
    private boolean limitGiven;
    private boolean atLimit;

    void limitTo(int given) {
      if (given > 0) {
        limit = list.size() + given;
        limitGiven = true;
      }
    }

    void add(JobRun run) {
      list.add(run);
      if (list.size() >= limit) {
        if (!limitGiven) {
          throw new IllegalStateException(
              "The test kit ran "
                  + list.size()
                  + " jobs without running out of due ones: a job that enqueues itself, or a"
                  + " recurring job fired over a long time? Give the drain a limit"
                  + " (Drain.all().limit(n)) or move the clock a shorter way. The last run: "
                  + run);
        }
        atLimit = true;
      }
    }

    boolean stoppedAtLimit() {
      return atLimit;
    }
  }
}
