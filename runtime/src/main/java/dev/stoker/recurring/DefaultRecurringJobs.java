package dev.stoker.recurring;

import dev.stoker.JobId;
import dev.stoker.RecurringJobs;
import dev.stoker.client.JobIds;
import dev.stoker.codec.ArgumentsJson;
import dev.stoker.job.Actors;
import dev.stoker.job.JobDefinition;
import dev.stoker.job.RecurringJobRequest;
import dev.stoker.schedule.Schedule;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Adds, updates, removes and triggers recurring jobs in the store. */
final class DefaultRecurringJobs implements RecurringJobs {

  private static final Logger log = LoggerFactory.getLogger(DefaultRecurringJobs.class);

  private final RecurringStore store;
  private final Clock clock;
  private final Runnable onNewJobs;
  private final String actor;

  /**
   * @param store where recurring jobs are kept
   * @param clock the time schedules start from
   * @param onNewJobs called after a job was created, to wake a local server
   */
  DefaultRecurringJobs(RecurringStore store, Clock clock, Runnable onNewJobs) {
    this(store, clock, onNewJobs, null);
  }

  private DefaultRecurringJobs(
      RecurringStore store, Clock clock, Runnable onNewJobs, String actor) {
    this.store = store;
    this.clock = clock;
    this.onNewJobs = onNewJobs;
    this.actor = actor;
  }

  @Override
  public RecurringJobs as(String actor) {
    return new DefaultRecurringJobs(store, clock, onNewJobs, Actors.check(actor));
  }

  @Override
  public void register(RecurringJobRequest request) {
    register(request, RecurringSource.CLIENT);
  }

  /** Adds or updates the recurring job, as coming from the source. */
  void register(RecurringJobRequest request, RecurringSource source) {
    JobDefinition job = request.job();
    Schedule schedule = request.schedule();
    Instant now = clock.instant();
    RecurringJobRow wanted =
        new RecurringJobRow(
            request.id(),
            job.name(),
            job.queue(),
            job.priority(),
            job.retries(),
            schedule.cron(),
            schedule.zone().getId(),
            schedule.except(),
            ArgumentsJson.write(job.name(), request.arguments()::writeTo),
            request.misfire(),
            request.maxLag(),
            source,
            null,
            null,
            null,
            now,
            now);
    Optional<RecurringJobRow> before =
        store.save(request.id(), existing -> merge(existing, wanted, schedule, now));
    if (before.isEmpty()) {
      log.info("Added recurring job '{}': {} on {}", wanted.id(), wanted.jobName(), schedule);
    } else if (!before.get().hasScheduleOf(wanted)) {
      log.info("Updated recurring job '{}': {} on {}", wanted.id(), wanted.jobName(), schedule);
    }
  }

  private static RecurringJobRow merge(
      Optional<RecurringJobRow> existing, RecurringJobRow wanted, Schedule schedule, Instant now) {
    if (existing.isEmpty()) {
      return wanted.withNextFireAt(schedule.nextAfter(now).orElse(null));
    }
    RecurringJobRow old = existing.get();
    if (old.source() == RecurringSource.ANNOTATION && wanted.source() == RecurringSource.CLIENT) {
      throw new IllegalArgumentException(
          "Recurring job '"
              + wanted.id()
              + "' is the cron of @Job "
              + old.jobName()
              + ", which the servers keep as the annotation says: register yours under another"
              + " id.");
    }
    if (old.hasScheduleOf(wanted)) {
      // Unchanged: keep the fire time it waits for, so that registering at each start loses none.
      return wanted.withNextFireAt(old.nextFireAt()).keeping(old);
    }
    return wanted.withNextFireAt(schedule.nextAfter(now).orElse(null)).keeping(old);
  }

  @Override
  public boolean remove(String id) {
    boolean removed = store.delete(Objects.requireNonNull(id, "id must not be null"));
    if (removed) {
      log.info("Removed recurring job '{}'{}", id, actor == null ? "" : " (by " + actor + ")");
    }
    return removed;
  }

  @Override
  public JobId trigger(String id) {
    Objects.requireNonNull(id, "id must not be null");
    Optional<JobId> job =
        actor == null
            ? store.trigger(id, clock.instant(), JobIds.next(clock))
            : store.trigger(id, clock.instant(), JobIds.next(clock), actor);
    if (job.isEmpty()) {
      throw new IllegalArgumentException("There is no recurring job '" + id + "' to trigger.");
    }
    onNewJobs.run();
    return job.get();
  }
}
