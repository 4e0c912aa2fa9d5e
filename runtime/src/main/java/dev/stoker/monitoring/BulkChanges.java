package dev.stoker.monitoring;

import dev.stoker.JobClient;
import dev.stoker.JobId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requeues or deletes every job a filter selects, however many: a page of jobs at a time, found by
 * key, each job through the client given (so its history says who), on a thread of its own, with
 * progress to read and a cancel. No ids travel: the filter is the selection.
 *
 * <pre>{@code
 * BulkChanges bulk = new BulkChanges(stoker.monitoring());
 * BulkChange change = bulk.start(BulkChange.Kind.REQUEUE,
 *     JobFilter.state(JobState.FAILED).name("mail.welcome"), stoker.client().as("alice"), "alice");
 * change.changed();   // so far
 * change.cancel();
 * }</pre>
 */
public final class BulkChanges {

  private static final Logger log = LoggerFactory.getLogger(BulkChanges.class);

  /** How many jobs a change reads at once, unless told. */
  public static final int DEFAULT_BATCH = 500;

  /** How far the total a change shows is counted exactly. */
  public static final long TOTAL_BOUND = 1_000_000;

  private final Monitoring monitoring;
  private final int batch;
  private final Duration pause;
  private final Clock clock;
  private final Map<UUID, BulkChange> changes = new ConcurrentHashMap<>();

  /** Bulk changes in batches of {@value #DEFAULT_BATCH}, one after another without a pause. */
  public BulkChanges(Monitoring monitoring) {
    this(monitoring, DEFAULT_BATCH, Duration.ZERO);
  }

  /**
   * Bulk changes that read {@code batch} jobs at a time and wait {@code pause} between batches, to
   * leave the database to the servers.
   */
  public BulkChanges(Monitoring monitoring, int batch, Duration pause) {
    if (batch < 1 || batch > JobFilter.MAX_LIMIT) {
      throw new IllegalArgumentException(
          "A bulk change reads 1 to " + JobFilter.MAX_LIMIT + " jobs at a time, not " + batch);
    }
    if (pause.isNegative()) {
      throw new IllegalArgumentException("The pause between batches must not be negative");
    }
    this.monitoring = monitoring;
    this.batch = batch;
    this.pause = pause;
    this.clock = Clock.systemUTC();
  }

  /**
   * Starts changing every job the filter selects now (its page ignored), newest first, through the
   * client; {@code actor} is who the progress names.
   */
  public BulkChange start(BulkChange.Kind kind, JobFilter filter, JobClient client, String actor) {
    forgetEndedBefore(clock.instant().minus(KEPT_AFTER_END));
    JobFilter selection = filter.firstPage();
    long total = monitoring.count(selection, TOTAL_BOUND);
    BulkChange change =
        new BulkChange(kind, selection, actor, total, total < TOTAL_BOUND, clock.instant());
    changes.put(change.id(), change);
    Thread.ofVirtual()
        .name("stoker-bulk-" + kind.name().toLowerCase())
        .start(() -> run(change, client));
    return change;
  }

  /** How long an ended change can still be found, to read how it ended. */
  private static final Duration KEPT_AFTER_END = Duration.ofDays(1);

  private void forgetEndedBefore(Instant time) {
    changes
        .values()
        .removeIf(
            change ->
                change.status() != BulkChange.Status.RUNNING && change.startedAt().isBefore(time));
  }

  /** The change with the id, running or ended, if this process started it. */
  public Optional<BulkChange> find(UUID id) {
    return Optional.ofNullable(changes.get(id));
  }

  private void run(BulkChange change, JobClient client) {
    try {
      // Jobs created after the start are newer than the first page's first job: the pages go on
      // towards older jobs only, so they are never reached.
      JobFilter page = change.filter().limit(batch);
      while (true) {
        JobPage jobs = monitoring.jobs(page);
        for (JobSummary job : jobs.jobs()) {
          if (change.cancelled()) {
            change.end(BulkChange.Status.CANCELLED, null);
            return;
          }
          apply(change, client, job.id());
        }
        if (jobs.older() == null) {
          break;
        }
        page = page.olderThan(jobs.older());
        if (!pause.isZero() && change.cancelledWithin(pause)) {
          break;
        }
      }
      change.end(change.cancelled() ? BulkChange.Status.CANCELLED : BulkChange.Status.DONE, null);
    } catch (InterruptedException e) {
      change.end(BulkChange.Status.CANCELLED, null);
    } catch (RuntimeException e) {
      log.error(
          "Bulk change ({} by {}) stopped after {} jobs",
          change.kind(),
          change.actor(),
          change.changed(),
          e);
      change.end(
          BulkChange.Status.FAILED,
          e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + ". The jobs changed so far stay changed; start it again to change the rest.");
    }
  }

  private static void apply(BulkChange change, JobClient client, JobId id) {
    try {
      switch (change.kind()) {
        case REQUEUE -> client.requeue(id);
        case DELETE -> client.delete(id);
      }
      change.countChanged();
    } catch (IllegalStateException | IllegalArgumentException notInThatState) {
      change.countSkipped(); // It moved on meanwhile (ran, or was changed by someone else).
    }
  }
}
