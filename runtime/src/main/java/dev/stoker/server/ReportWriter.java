package dev.stoker.server;

import dev.stoker.storage.ProgressReport;
import dev.stoker.storage.ProgressStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what running jobs report of themselves in groups: all that changed, every {@link
 * #INTERVAL}, in one transaction, never a statement per call. A job's last report goes with the
 * next group after it ends; on a server that was not started, at once when it ends.
 */
final class ReportWriter {

  private static final Logger log = LoggerFactory.getLogger(ReportWriter.class);
  static final Duration INTERVAL = Duration.ofMillis(500);

  private final ProgressStore store;
  private final Clock clock;
  private final Set<JobReport> reporting = ConcurrentHashMap.newKeySet();
  private final Set<JobReport> ended = ConcurrentHashMap.newKeySet();
  private final RunUntilShutdown loop;
  private volatile boolean started;

  ReportWriter(ProgressStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.loop =
        new RunUntilShutdown("job report writer", this::write, new Waiter(), INTERVAL, INTERVAL);
  }

  void start() {
    started = true;
    loop.start("stoker-reports");
  }

  /** Writes the last reports, then stops. */
  void stop() {
    if (started) {
      loop.stop();
      started = false;
    }
    write();
  }

  /** A report to write from now on. */
  void add(JobReport report) {
    reporting.add(report);
  }

  /** The report's attempt ended: its last change is written, and nothing after. */
  void ended(JobReport report) {
    ended.add(report);
    if (!started) {
      write();
    }
  }

  /** Writes what changed; a step of the loop. */
  private boolean write() {
    List<JobReport> done = new ArrayList<>(ended);
    List<JobReport> taken = new ArrayList<>();
    List<ProgressReport> changes = new ArrayList<>();
    for (JobReport report : reporting) {
      ProgressReport change = report.takeChange();
      if (change != null) {
        taken.add(report);
        changes.add(change);
      }
    }
    try {
      store.save(changes, clock.instant());
    } catch (RuntimeException e) {
      taken.forEach(JobReport::unwritten);
      log.warn(
          "Cannot write the progress of {} running jobs: will try again with the next group",
          changes.size(),
          e);
      return false;
    }
    done.forEach(reporting::remove);
    done.forEach(ended::remove);
    return false;
  }
}
